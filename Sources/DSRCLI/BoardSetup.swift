import DSRBoardApp
import DSRMetrics
import DSRModel
import Foundation
import TermRender

/// What the board, the headless snapshot and the demo share: the database, settings, theme, shop and instant
/// read from the command line, each with an error the user can act on.
struct BoardSetup {
    /// The database file.
    var path: String
    /// Metric settings (defaults, config file, `--config`).
    var settings: MetricsSettings
    /// The theme resolved from `--theme`, `$DSRBOARD_THEME`, `NO_COLOR` and the theme folders.
    var theme: Theme
    /// Where themes are looked up.
    var themes: ThemeLoader
    /// The shop and instant asked for.
    var request: LoadRequest

    /// The options every board-like command takes.
    static let options: [OptionSpec] = [
        .option("theme", value: "name|path", help: "Theme name or .theme file (default: $DSRBOARD_THEME, else default; NO_COLOR: mono)."),
        .option("shop", value: "id|name", help: "The shop to show (default: the first shop by name)."),
        .option("as-of", value: "time", help: "Show the figures as of this instant, ISO 8601 (default: now, moving)."),
        .option("config", value: "path", help: "Settings file (default: $XDG_CONFIG_HOME/dsrboard/config.toml)."),
    ]

    /// Reads the shared options; `databasePath` overrides the usual `--db` resolution (the demo's own file).
    init(_ args: ParsedArguments, context: CommandContext, databasePath: String? = nil) throws {
        path = databasePath ?? context.databasePath(args)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.failure("no database at \(path); import data first ('dsrboard import FILE'), pass --db, "
                                   + "or open the demo with 'dsrboard demo' (it keeps its own file, \(context.dataDirectory())/demo.sqlite)")
        }
        do {
            settings = try MetricsSettings.load(path: args.value("config"), environment: context.environment)
        } catch let error as ConfigError {
            throw CLIError.failure("\(error)")
        }
        themes = ThemeLoader(environment: context.environment, executablePath: BoardSetup.executablePath())
        do {
            theme = try themes.resolve(explicit: args.value("theme"))
        } catch {
            throw CLIError.failure(BoardSetup.withoutErrorPrefix("\(error)"))
        }
        let asOf = try DemoCommand.value(args, "as-of", as: "an ISO 8601 time like 2026-12-01T00:00:00Z") { UTCTime.parseInstant($0) }
        request = LoadRequest(shopID: args.value("shop"), fixedAsOf: asOf)
    }

    /// A message without a leading "error: " (the CLI adds its own "Error:").
    static func withoutErrorPrefix(_ message: String) -> String {
        message.hasPrefix("error: ") ? String(message.dropFirst("error: ".count)) : message
    }

    /// The running binary's path, so installed themes are found beside it.
    static func executablePath() -> String? {
        let link = "/proc/self/exe"
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: link) { return resolved }
        return CommandLine.arguments.first
    }
}
