import DSRMetrics
import DSRModel
import Foundation

/// `dsrboard report`: prints what the board shows, as aligned text or as JSON, for scripts and cron.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Print the shop score, health metrics, problems, ads × score and alerts (text or JSON).",
        discussion: """
            Every figure is defined in metrics.md and computed as of --as-of (default: now). Without --shop every
            shop is reported, followed by the all-shops sums. Settings come from --config, else
            $XDG_CONFIG_HOME/dsrboard/config.toml when it exists, else the defaults. Colour is used only on a
            terminal and never when NO_COLOR is set.
            """,
        options: [
            .database,
            .option("shop", value: "id", help: "Report one shop (default: every shop and the all-shops sums)."),
            .option("as-of", value: "time", help: "The instant to compute for, ISO 8601 (default: now)."),
            .option("config", value: "path", help: "Settings file (default: $XDG_CONFIG_HOME/dsrboard/config.toml)."),
            .flag("json", help: "Print JSON (fixed key names; see docs/metrics-notes.md)."),
            .flag("timings", help: "Also print to standard error how long reading and computing the dashboards took."),
        ])

    static func run(_ args: ParsedArguments, context: CommandContext) throws -> Int32 {
        let asOf = try value(args, "as-of", as: "an ISO 8601 time like 2026-12-01T00:00:00Z") { UTCTime.parseInstant($0) }
            ?? UTCTime.now()
        let settings: MetricsSettings
        do {
            settings = try MetricsSettings.load(path: args.value("config"), environment: context.environment)
        } catch let error as ConfigError {
            context.console.err("\(error)\n")
            throw CLIError.exit(1)
        }
        let path = context.databasePath(args)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.failure("no database at \(path); import data first, or try 'dsrboard demo' (or pass --db)")
        }
        do {
            let source = try DashboardSource(path: path, settings: settings)
            let started = Date()
            // --shop takes an id or a name, as on the board.
            let wanted = args.value("shop")
            let shopID = try wanted.map { w in try source.shops().first { $0.id == w || $0.name == w }?.id ?? w }
            let (dashboards, allShops) = try MetricsReport.dashboards(from: source, shopID: shopID, asOf: asOf)
            if args.has("timings") {
                // One line scripts can parse (bench/report-bench.sh): dashboards built and seconds taken.
                let count = dashboards.count + (allShops == nil ? 0 : 1)
                context.console.err(String(format: "timings: %d dashboards in %.4f s\n", count, Date().timeIntervalSince(started)))
            }
            if args.has("json") {
                context.console.out(MetricsReport.document(asOf: asOf, shops: dashboards, allShops: allShops).serialized() + "\n")
            } else {
                let colour = context.console.isOutputTerminal && (context.environment["NO_COLOR"] ?? "").isEmpty
                var summary = ReportSummary(colour: colour)
                context.console.out(summary.render(asOf: asOf, path: path, shops: dashboards, allShops: allShops))
            }
            return 0
        } catch let error as DashboardSourceError {
            throw CLIError.failure(error.description)
        }
    }
}
