import DSRBoardApp
import DSRModel
import Foundation
import TermRender

/// `dsrboard snapshot`: renders a screen of the board to a file without a terminal.
enum SnapshotCommand: Command {
    static let spec = CommandSpec(
        name: "snapshot",
        abstract: "Render a screen of the board to a file, without a terminal (for cron, CI and sharing).",
        discussion: """
            The screen is the one the board shows at the same size, cell for cell: --format txt of
            'snapshot --size 120x40 --as-of T' equals the board opened with --as-of T in a 120×40 terminal.
            Views: board, problems, tickets, parcels, ads, dsr, order:ID.
            """,
        options: [.database]
            + [.option("view", value: "view", help: "board, problems, tickets, parcels, ads, dsr or order:ID (default: board)."),
               .option("size", value: "WxH", help: "Screen size in cells (default: 160x48)."),
               .option("format", value: "fmt", help: "txt, ansi, html or svg (default: from --out's extension, else txt)."),
               .option("out", value: "file", help: "Write here, - for standard output (default: -).")]
            + BoardSetup.options)

    static func run(_ args: ParsedArguments, context: CommandContext) throws -> Int32 {
        guard let route = Route(view: args.value("view") ?? "board") else {
            throw CLIError.usage("--view must be board, problems, tickets, parcels, ads, dsr or order:ID, not '\(args.value("view") ?? "")'")
        }
        let size = try value(args, "size", as: "WIDTHxHEIGHT, e.g. 160x48 (each from 20 to 1000)") { text -> (Int, Int)? in
            let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, (20...1000).contains(parts[0]), (10...1000).contains(parts[1]) else { return nil }
            return (parts[0], parts[1])
        } ?? (160, 48)
        let out = args.value("out") ?? "-"
        let format: SnapshotFormat
        if let text = args.value("format") {
            guard let f = SnapshotFormat(rawValue: text.lowercased()) else {
                throw CLIError.usage("--format must be txt, ansi, html or svg, not '\(text)'")
            }
            format = f
        } else {
            let ext = URL(fileURLWithPath: out).pathExtension.lowercased()
            if out == "-" || ext.isEmpty {
                format = .txt
            } else if let fromName = SnapshotFormat(rawValue: ext) {
                format = fromName
            } else {
                throw CLIError.usage("cannot tell the format from '\(out)': use .txt, .ansi, .html or .svg, or pass --format")
            }
        }
        let setup = try BoardSetup(args, context: context)
        let rendered: (buffer: Buffer, state: BoardState)
        do {
            rendered = try HeadlessBoard.render(path: setup.path, settings: setup.settings, request: setup.request, route: route,
                                                theme: setup.theme, width: size.0, height: size.1)
        } catch {
            throw CLIError.failure("\(error)")
        }
        if case .order(let id) = route, rendered.state.data?.story == nil {
            throw CLIError.failure("no order \(id) in \(setup.path) (as of \(UTCTime.iso8601(rendered.state.data?.asOf ?? 0)))")
        }
        let shop = rendered.state.dashboard?.shop?.name ?? "all"
        let title = "DSRBoard · \(shop) · \(route.viewName) · \(UTCTime.minute(rendered.state.data?.asOf ?? 0)) UTC"
        let text = SnapshotWriter.render(buffer: rendered.buffer, format: format, theme: setup.theme, title: title)
        if out == "-" {
            context.console.out(text)
        } else {
            do {
                let directory = (out as NSString).deletingLastPathComponent
                if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
                try text.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError.failure("cannot write \(out): \(error.localizedDescription)")
            }
            context.console.err("wrote \(out)\n")
        }
        return 0
    }
}
