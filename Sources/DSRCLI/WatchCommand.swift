import DSRImport
import DSRModel
import DSRStore
import Foundation

/// `dsrboard watch`: the importers' drop folder. Files whose size has stopped changing are imported, then moved
/// to `DIR/done/`, or to `DIR/failed/` with a `.errors.txt` beside them.
enum WatchCommand: Command {
    static let spec = CommandSpec(
        name: "watch",
        abstract: "Import files dropped into a folder as they arrive.",
        discussion: """
            A file is imported once its size has stayed the same between two looks (a file still being written
            is left alone; *.part and hidden files are ignored). Imported files move to DIR/done/; files that
            failed move to DIR/failed/ with NAME.errors.txt beside them (rows rejected from an imported file are
            listed in DIR/done/NAME.errors.txt). --once processes what is there and exits with the import exit code.
            """,
        arguments: [ArgumentSpec("dir", help: "The drop folder.")],
        options: [.database] + ImportSettings.sharedOptions + [
            .flag("once", help: "Process the files that are there, then exit."),
            .option("interval", value: "seconds", help: "Seconds between looks at the folder (default 1)."),
        ])

    static func run(_ args: ParsedArguments, context: CommandContext) throws -> Int32 {
        let options = try ImportSettings.options(args, context: context)
        let interval = try value(args, "interval", as: "seconds from 0.1 to 3600") {
            Double($0).flatMap { (0.1...3600).contains($0) ? $0 : nil }
        } ?? 1
        let dir = args.positionals[0]
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw CLIError.failure("\(dir) is not a folder")
        }
        for sub in ["done", "failed"] {
            do {
                try FileManager.default.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true)
            } catch {
                throw CLIError.failure("cannot create \(dir)/\(sub): \(error.localizedDescription)")
            }
        }
        let store = try ImportSettings.openStore(args, context: context)
        let inbox = Inbox(dir: dir, runner: ImportRunner(store: store, options: options))
        let printer = ImportPrinter(console: context.console, json: false)
        if args.has("once") {
            // Two looks a moment apart, so that a file being written right now is left for the next run.
            _ = inbox.stableFiles()
            usleep(useconds_t(min(interval, 0.5) * 1_000_000))
            for file in inbox.stableFiles() { printer.add(inbox.process(file)) }
            return printer.finish()
        }
        let stop = LiveStopFlag()
        for sig in [SIGINT, SIGTERM, SIGHUP] { stop.watch(signal: sig) }
        context.console.err("Watching \(dir) (imported files go to done/, failed ones to failed/); Ctrl-C stops.\n")
        while !stop.isSet {
            for file in inbox.stableFiles() where !stop.isSet { printer.add(inbox.process(file)) }
            let until = Date().addingTimeInterval(interval)
            while !stop.isSet, Date() < until { usleep(50_000) }
        }
        return 0
    }
}
