import DSRImport
import DSRModel
import DSRStore
import Dispatch
import Foundation

/// `dsrboard demo`: writes the deterministic demo store when it is missing and shows it.
enum DemoCommand: Command {
    static let spec = CommandSpec(
        name: "demo",
        abstract: "Generate the demo database (two shops, 120 days, ~20,000 orders) and show it.",
        discussion: """
            The demo store is written once, at --db, else $DSRBOARD_DB, else $XDG_DATA_HOME/dsrboard/demo.sqlite,
            and reused afterwards (--fresh rewrites it). The same --seed and --now always write the same data.
            --live keeps adding orders, scans and ticket replies every second or two, so a board open on the
            same file moves.
            """,
        options: [
            .option("db", value: "path", help: "The demo database file (default: $DSRBOARD_DB, else $XDG_DATA_HOME/dsrboard/demo.sqlite)."),
            .option("seed", value: "n", help: "Seed of the generator (default \(DemoOptions.defaultSeed))."),
            .option("scale", value: "n", help: "Volume multiplier, e.g. 0.1 or 10 (default 1 ≈ 20,000 orders)."),
            .option("days", value: "n", help: "Days of history (default 120)."),
            .option("now", value: "time", help: "The instant the history ends at, ISO 8601 (default: now)."),
            .flag("fresh", help: "Rewrite the demo database even if it exists."),
            .flag("live", help: "Keep writing new activity every 1–2 seconds until interrupted."),
            .option("interval", value: "seconds", help: "Seconds between live ticks (default 1.5)."),
            .flag("no-board", help: "Print a summary of the data instead of opening the board."),
        ] + BoardCommand.liveOptions)

    static func run(_ args: ParsedArguments, context: CommandContext) throws -> Int32 {
        let seed = try value(args, "seed", as: "a whole number") { UInt64($0) } ?? DemoOptions.defaultSeed
        let scale = try value(args, "scale", as: "a positive number") { Double($0).flatMap { $0 > 0 && $0 <= 1000 ? $0 : nil } } ?? 1
        let days = try value(args, "days", as: "a whole number of days from 14 to 3650") {
            Int($0).flatMap { (14...3650).contains($0) ? $0 : nil }
        } ?? 120
        let now = try value(args, "now", as: "an ISO 8601 time like 2026-12-01T00:00:00Z") { UTCTime.parseInstant($0) }
            ?? UTCTime.now()
        let interval = try value(args, "interval", as: "seconds from 0.1 to 60") {
            Double($0).flatMap { (0.1...60).contains($0) ? $0 : nil }
        } ?? 1.5
        let path = context.databasePath(args, defaultName: "demo.sqlite")
        let console = context.console
        try context.ensureParentDirectory(of: path)

        let exists = FileManager.default.fileExists(atPath: path)
        var summary: DemoSummary?
        if !exists || args.has("fresh") {
            let options = DemoOptions(seed: seed, now: now, days: days, scale: scale)
            let started = Date()
            summary = try generate(options, at: path)
            console.err(String(format: "Generated the demo database at %@ in %.1f s.\n", path,
                               Date().timeIntervalSince(started)))
        } else {
            console.err("Using the demo database at \(path) (--fresh rewrites it).\n")
        }
        if args.has("no-board") {
            let store = try Store(path: path, readOnly: true)
            console.out(try render(summary: summary, store: store, path: path))
            if args.has("live") { try runLive(path: path, seed: seed, interval: interval, console: console) }
            return 0
        }
        guard args.has("live") else { return try BoardCommand.open(args, context: context, databasePath: path) }
        // The board and the writer share the file: the writer on its own thread and connection, the board
        // reading it read-only, so the board moves as it would with a real importer.
        let stop = StopSignal()
        let writer = Thread {
            do {
                let store = try Store(path: path)
                let live = try DemoLiveWriter(store: store, seed: seed ^ UInt64(UTCTime.now()))
                while !stop.isSet {
                    _ = try live.tick(now: UTCTime.now())
                    let until = Date().addingTimeInterval(interval)
                    while !stop.isSet, Date() < until { usleep(50_000) }
                }
            } catch {
                stop.fail("\(error)")
            }
            stop.finish()
        }
        writer.start()
        let code = try BoardCommand.open(args, context: context, databasePath: path)
        stop.set()
        stop.waitUntilFinished()
        if let failure = stop.failure { console.err("live demo writer stopped: \(failure)\n") }
        return code
    }

    /// Writes a fresh demo store to a temporary file beside `path`, then moves it into place, so an interrupted
    /// run never leaves a half-written database.
    static func generate(_ options: DemoOptions, at path: String) throws -> DemoSummary {
        let temporary = path + ".generating"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        var summary: DemoSummary
        do {
            let store = try Store(path: temporary)
            summary = try DemoGenerator(options: options).generate(into: store)
        }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        do {
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            throw CLIError.failure("cannot move the generated database to \(path): \(error.localizedDescription)")
        }
        return summary
    }

    static func render(summary: DemoSummary?, store: Store, path: String) throws -> String {
        var out = "DSRBoard demo database: \(path)\n"
        if let s = summary {
            out += "seed \(s.options.seed) · \(s.options.days) days to \(UTCTime.iso8601(s.options.now)) · scale \(s.options.scale)\n"
        }
        out += "\nROWS\n"
        let tables = try store.tableCounts()
        let width = tables.map(\.table.count).max() ?? 10
        for t in tables where t.table != "schema_migrations" {
            let count = String(t.rows)
            out += "  " + t.table + String(repeating: " ", count: width - t.table.count + 2)
                + String(repeating: " ", count: max(0, 9 - count.count)) + count + "\n"
        }
        out += "\nSHOPS\n"
        for shop in try store.shops() {
            let c = try store.counts(shopID: shop.id)
            out += "  \(shop.name) (\(shop.id), \(shop.region ?? "?")): \(c.orders) orders, \(c.parcels) parcels, "
                + "\(c.trackingEvents) scans, \(c.tickets) tickets, \(c.reviews) reviews, \(c.ratingDays) score days, "
                + "\(c.adDays) ad days\n"
        }
        if let s = summary {
            out += "\nSTORIES\n" + s.stories.map { "  " + $0 + "\n" }.joined()
        }
        return out
    }

    static func runLive(path: String, seed: UInt64, interval: Double, console: Console) throws {
        let stop = LiveStopFlag()
        for sig in [SIGINT, SIGTERM, SIGHUP] { stop.watch(signal: sig) }
        let store = try Store(path: path)
        let writer = try DemoLiveWriter(store: store, seed: seed ^ UInt64(UTCTime.now()))
        console.err("Writing live demo activity to \(path) every \(interval) s; press Ctrl-C to stop.\n")
        while !stop.isSet {
            let line = try writer.tick(now: UTCTime.now())
            console.out("\(UTCTime.minute(UTCTime.now())) \(line)\n")
            let until = Date().addingTimeInterval(interval)
            while !stop.isSet, Date() < until { usleep(50_000) }
        }
    }
}

/// Turns SIGINT/SIGTERM/SIGHUP into a flag a loop can check, so it stops between transactions.
final class LiveStopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false
    private var sources: [DispatchSourceSignal] = []

    var isSet: Bool { lock.withLock { set } }

    func watch(signal number: Int32) {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler { [weak self] in self?.lock.withLock { self?.set = true } }
        source.resume()
        sources.append(source)
    }
}
