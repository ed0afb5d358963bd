/// A subcommand of `dsrboard`: its specification and what it does.
public protocol Command: Sendable {
    /// Options, arguments and help text.
    static var spec: CommandSpec { get }
    /// Runs with parsed arguments; returns the exit code (throws `CLIError` for usage errors and failures).
    static func run(_ args: ParsedArguments, context: CommandContext) throws -> Int32
}

extension Command {
    /// Parses an option value with `transform`, or fails with a usage error naming the option.
    static func value<T>(_ args: ParsedArguments, _ long: String, as what: String, _ transform: (String) -> T?) throws -> T? {
        guard let text = args.value(long) else { return nil }
        guard let v = transform(text) else { throw CLIError.usage("Invalid value '\(text)' for '--\(long)': expected \(what)") }
        return v
    }
}
