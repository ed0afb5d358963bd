import CursesBackend
import DSRBoardApp
import DSRModel
import Foundation
import TermRender

/// `dsrboard board` (the default): the live board, read-only on the database.
enum BoardCommand: Command {
    static let spec = CommandSpec(
        name: "board",
        abstract: "Open the live board on the database (the default subcommand).",
        discussion: """
            The board never writes to the database. It polls for changes every --refresh seconds on a background
            reader and redraws when the data changed. Press ? on the board for every key.
            """,
        options: [.database] + liveOptions)

    /// Options of every command that opens the board.
    static let liveOptions: [OptionSpec] = BoardSetup.options + [
        .option("refresh", value: "seconds", help: "Seconds between checks for new data (default 1)."),
        .option("snapshot-dir", value: "dir", help: "Folder for s snapshots (default: $DSRBOARD_SNAPSHOT_DIR, else ./snapshots)."),
        .option("snapshot-format", value: "list", help: "Formats s writes: txt,ansi,html,svg (default: txt,html)."),
    ]

    static func run(_ args: ParsedArguments, context: CommandContext) throws -> Int32 {
        try open(args, context: context, databasePath: nil)
    }

    /// Opens the board with the options in `args` on `databasePath` (or the usual `--db` resolution).
    static func open(_ args: ParsedArguments, context: CommandContext, databasePath: String?) throws -> Int32 {
        let setup = try BoardSetup(args, context: context, databasePath: databasePath)
        let refresh = try value(args, "refresh", as: "seconds from 0.2 to 3600") {
            Double($0).flatMap { (0.2...3600).contains($0) ? $0 : nil }
        } ?? 1
        let formats: [SnapshotFormat]
        do {
            formats = try SnapshotFormat.list(from: args.value("snapshot-format") ?? "txt,html")
        } catch {
            throw CLIError.usage("--snapshot-format: \(error)")
        }
        let saver = SnapshotSaver(directory: SnapshotSaver.defaultDirectory(option: args.value("snapshot-dir"),
                                                                            environment: context.environment),
                                  formats: formats)
        // Fail before the screen is taken over, so the message is readable.
        do {
            _ = try DashboardSourceCheck.open(path: setup.path, settings: setup.settings, request: setup.request)
        } catch {
            throw CLIError.failure("\(error)")
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(theme: setup.theme)
        } catch {
            throw CLIError.failure("cannot open the terminal: \(error)")
        }
        defer { terminal.restore() }
        let reader = BoardReader(path: setup.path, settings: setup.settings, request: setup.request, interval: refresh)
        let loader = setup.themes
        let themes = BoardApp.Themes(load: { try loader.load($0) }, names: { loader.available().map(\.name) })
        let app = BoardApp(backend: terminal, reader: reader,
                           state: BoardState(request: setup.request, refreshInterval: refresh, themeName: setup.theme.name),
                           theme: setup.theme, themes: themes, saver: saver)
        let code = try app.run()
        terminal.restore()
        return code
    }
}
