import Foundation

/// Where a command writes: standard output and standard error, and whether each is a terminal.
public struct Console: Sendable {
    /// Writes text to standard output.
    public var out: @Sendable (String) -> Void
    /// Writes text to standard error.
    public var err: @Sendable (String) -> Void
    /// Whether standard output is a terminal (colour and alignment decisions).
    public var isOutputTerminal: Bool
    /// Whether standard error is a terminal (progress bars).
    public var isErrorTerminal: Bool

    /// A console writing to explicit sinks (tests).
    public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
                isOutputTerminal: Bool = false, isErrorTerminal: Bool = false) {
        self.out = out
        self.err = err
        self.isOutputTerminal = isOutputTerminal
        self.isErrorTerminal = isErrorTerminal
    }

    /// The process's own standard output and error.
    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) },
        isOutputTerminal: isatty(1) == 1, isErrorTerminal: isatty(2) == 1)
}

/// What a command runs with: arguments already parsed, the environment variables, the console.
public struct CommandContext: Sendable {
    /// Environment variables.
    public var environment: [String: String]
    /// Output sinks.
    public var console: Console
    /// The full command path for messages (`dsrboard import`).
    public var commandPath: String

    /// A context.
    public init(environment: [String: String], console: Console, commandPath: String) {
        self.environment = environment
        self.console = console
        self.commandPath = commandPath
    }

    /// The database path: `--db`, else `$DSRBOARD_DB`, else `$XDG_DATA_HOME/dsrboard/dsrboard.sqlite`
    /// (`~/.local/share/dsrboard/dsrboard.sqlite`).
    public func databasePath(_ args: ParsedArguments, defaultName: String = "dsrboard.sqlite") -> String {
        if let p = args.value("db") { return p }
        if let p = environment["DSRBOARD_DB"], !p.isEmpty { return p }
        return dataDirectory() + "/" + defaultName
    }

    /// `$XDG_DATA_HOME/dsrboard`, else `~/.local/share/dsrboard`.
    public func dataDirectory() -> String {
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return x + "/dsrboard" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/dsrboard"
    }

    /// `$XDG_CONFIG_HOME/dsrboard`, else `~/.config/dsrboard`.
    public func configDirectory() -> String {
        if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/dsrboard" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/dsrboard"
    }

    /// Creates the folder that will hold `path`, so a first run in a fresh home works.
    public func ensureParentDirectory(of path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        guard !dir.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw CLIError.failure("cannot create the folder \(dir): \(error.localizedDescription)")
        }
    }
}
