import Foundation

/// The `dsrboard` tool: dispatches to its subcommands, prints help and version, maps errors to exit codes.
public enum DSRBoardCommand {
    /// The version `--version` prints.
    public static let version = "0.1.0"

    /// Every registered subcommand. Only what works is registered.
    static let subcommands: [any Command.Type] = [
        DemoCommand.self,
        BoardCommand.self,
        ImportCommand.self,
        WatchCommand.self,
        ReportCommand.self,
        SnapshotCommand.self,
        ThemesCommand.self,
    ]

    /// The subcommand run when the first argument is not a subcommand name.
    static let defaultSubcommand: (any Command.Type)? = BoardCommand.self

    static let root = CommandSpec(
        name: "dsrboard",
        abstract: "A live terminal board of TikTok Shop health: shop score, tickets, late parcels, ads.",
        discussion: """
            DSRBoard reads a local SQLite store fed by importers and shows the shop score (DSR), its health
            metrics, open tickets, late parcels and ad conversion against the score.
            """)

    /// Runs the tool with the process's arguments and exits with its code.
    public static func main() -> Never {
        let code = run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
                       console: .standard)
        exit(code)
    }

    /// Runs the tool with explicit arguments, environment and console; returns the exit code.
    public static func run(_ arguments: [String], environment: [String: String], console: Console) -> Int32 {
        var args = arguments
        if args.first == "--version" {
            console.out("dsrboard \(version)\n")
            return 0
        }
        if args.isEmpty, defaultSubcommand == nil || args.contains("--help") {
            console.out(rootHelp())
            return 0
        }
        if args.first == "-h" || args.first == "--help" {
            console.out(rootHelp())
            return 0
        }
        if args.first == "help" {
            args.removeFirst()
            guard let name = args.first else { console.out(rootHelp()); return 0 }
            guard let sub = subcommands.first(where: { $0.spec.name == name }) else {
                return fail(.usage("Unknown subcommand '\(name)'"), spec: root, path: "dsrboard", console: console)
            }
            console.out(HelpFormatter.help(sub.spec, path: "dsrboard \(name)"))
            return 0
        }
        var command: (any Command.Type)? = subcommands.first { $0.spec.name == args.first }
        if command != nil {
            args.removeFirst()
        } else if let first = args.first, !first.hasPrefix("-") || defaultSubcommand == nil {
            return fail(.usage("Unknown subcommand '\(first)'"), spec: root, path: "dsrboard", console: console)
        } else {
            command = defaultSubcommand
        }
        guard let command else { console.out(rootHelp()); return 0 }
        let path = command == defaultSubcommand && arguments.first != command.spec.name
            ? "dsrboard" : "dsrboard \(command.spec.name)"
        if args.contains("-h") || args.contains("--help") {
            console.out(HelpFormatter.help(command.spec, path: path))
            return 0
        }
        let context = CommandContext(environment: environment, console: console, commandPath: path)
        do {
            let parsed = try ParsedArguments.parse(args, spec: command.spec)
            return try command.run(parsed, context: context)
        } catch let error as CLIError {
            return fail(error, spec: command.spec, path: path, console: console)
        } catch {
            return fail(.failure("\(error)"), spec: command.spec, path: path, console: console)
        }
    }

    static func rootHelp() -> String {
        var spec = root
        spec.options = [.flag("version", help: "Show the version.")]
        return HelpFormatter.help(spec, path: "dsrboard", subcommands: subcommands.map { $0.spec })
    }

    private static func fail(_ error: CLIError, spec: CommandSpec, path: String, console: Console) -> Int32 {
        switch error {
        case .usage(let message):
            console.err("Error: \(message)\nUsage: \(HelpFormatter.usage(spec, path: path))\n"
                        + "  See '\(path) --help' for more information.\n")
        case .failure(let message):
            console.err("Error: \(message)\n")
        case .exit:
            break
        }
        return error.exitCode
    }
}
