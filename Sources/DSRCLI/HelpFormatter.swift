/// Renders help and usage text in swift-argument-parser's section order: OVERVIEW, USAGE, ARGUMENTS,
/// OPTIONS, SUBCOMMANDS.
enum HelpFormatter {
    static let column = 26

    /// `dsrboard import [--db <path>] ... <path> ...`.
    static func usage(_ spec: CommandSpec, path: String) -> String {
        var parts = [path]
        for o in spec.options { parts.append("[\(o.synopsis)]" + (o.isRepeatable ? " ..." : "")) }
        for a in spec.arguments {
            let body = "<\(a.name)>" + (a.isVariadic ? " ..." : "")
            parts.append(a.isOptional ? "[\(body)]" : body)
        }
        return parts.joined(separator: " ")
    }

    /// The whole `--help` text of a command.
    static func help(_ spec: CommandSpec, path: String, subcommands: [CommandSpec] = [], rootOptions: [OptionSpec] = []) -> String {
        var s = "OVERVIEW: \(spec.abstract)\n"
        if !spec.discussion.isEmpty { s += "\n" + spec.discussion + "\n" }
        s += "\nUSAGE: " + (subcommands.isEmpty ? usage(spec, path: path) : "\(path) [<subcommand>] [<options>]") + "\n"
        if !spec.arguments.isEmpty {
            s += "\nARGUMENTS:\n"
            for a in spec.arguments { s += row("<\(a.name)>" + (a.isVariadic ? " ..." : ""), a.help) }
        }
        s += "\nOPTIONS:\n"
        for o in spec.options + rootOptions {
            s += row((o.short.map { "-\($0), " } ?? "") + o.synopsis, o.help)
        }
        s += row("-h, --help", "Show help information.")
        if !subcommands.isEmpty {
            s += "\nSUBCOMMANDS:\n"
            for sub in subcommands { s += row(sub.name, sub.abstract) }
            s += "\n  See '\(path) help <subcommand>' for detailed help.\n"
        }
        return s
    }

    private static func row(_ left: String, _ right: String) -> String {
        let pad = "  " + left
        let lines = wrap(right, width: 72)
        if pad.count + 2 > column {
            return pad + "\n" + lines.map { String(repeating: " ", count: column) + $0 + "\n" }.joined()
        }
        var out = pad + String(repeating: " ", count: column - pad.count) + (lines.first ?? "") + "\n"
        for l in lines.dropFirst() { out += String(repeating: " ", count: column) + l + "\n" }
        return out
    }

    private static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
