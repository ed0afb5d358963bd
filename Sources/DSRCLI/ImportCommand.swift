import DSRImport
import DSRModel
import DSRStore
import Foundation

/// `dsrboard import`: reads seller files of every supported kind into the store.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Import orders, tracking, tickets, reviews, shop scores and ad reports from files.",
        discussion: """
            Each file is one transaction. The kind is told from the content (CSV header, JSON keys); --kind
            overrides it. Folders import every importable file inside, sorted by name; .gz files are read as they
            are; '-' reads standard input (with --kind). Rows that cannot be read are rejected, kept in the
            store with their reason, and listed as file:line: error: reason.
            Exit codes: 0 all good; 3 some rows were rejected; 1 a file failed; 64 usage.
            """,
        arguments: [ArgumentSpec("path", help: "Files or folders to import ('-' for standard input).", isVariadic: true)],
        options: [.database] + ImportSettings.sharedOptions + [
            .flag("dry-run", help: "Parse, validate and report without writing."),
            .flag("strict", help: "Fail a file (writing none of it) when any row is rejected."),
            .flag("json", help: "Print the report as JSON."),
        ])

    static func run(_ args: ParsedArguments, context: CommandContext) throws -> Int32 {
        var options = try ImportSettings.options(args, context: context)
        options.dryRun = args.has("dry-run")
        options.strict = args.has("strict")
        if args.positionals.filter({ $0 == "-" }).count > 1 {
            throw CLIError.usage("'-' (standard input) can be given once")
        }
        if args.positionals.contains("-"), options.kind == nil {
            throw CLIError.usage("Reading standard input ('-') needs --kind")
        }
        let store = try ImportSettings.openStore(args, context: context)
        let runner = ImportRunner(store: store, options: options)
        let printer = ImportPrinter(console: context.console, json: args.has("json"))
        for path in args.positionals {
            let files: [String]
            do {
                files = try ImportRunner.expand([path])
            } catch let failure as ImportFailure {
                var report = FileReport(path: path, kind: options.kind, outcome: .failed)
                report.message = failure.reason
                printer.add(report)
                continue
            }
            if files.isEmpty {
                context.console.err("\(path): note: the folder holds no importable file\n")
            }
            for file in files { printer.add(runner.importFile(file, progress: printer.progress(for: file))) }
        }
        return printer.finish()
    }
}
