/// How a command ends badly: a usage mistake (exit 64, with the usage line) or a failure (exit 1).
public enum CLIError: Error, Equatable, CustomStringConvertible {
    /// The command line is wrong: unknown option, missing value, bad value.
    case usage(String)
    /// The command could not do its work; the message says what to fix.
    case failure(String)
    /// A failure whose message was already printed; only the exit code remains.
    case exit(Int32)

    /// The message after `Error: `.
    public var description: String {
        switch self {
        case .usage(let m), .failure(let m): return m
        case .exit(let code): return "exit \(code)"
        }
    }

    /// The process exit code: 64 (EX_USAGE) for usage errors, 1 for failures.
    public var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .failure: return 1
        case .exit(let code): return code
        }
    }
}
