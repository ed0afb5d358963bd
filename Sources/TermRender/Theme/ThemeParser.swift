/// Reads the `key = value` theme file format.
///
/// A line is blank, a comment (first non-space character `#`), or `key = value`. Keys are the raw values
/// of `Theme.Slot` (`selection_text`; `selection-text` and `selectionText` work too). A value is `#rrggbb`, `#rgb`, a palette
/// number 0–255, a colour name or `default`, optionally in double quotes, optionally followed by a
/// comment after white space (`accent = #5fafff  # blue`).
public enum ThemeParser {
    /// Parses `text` into a theme named `name`; slots the text leaves out come from `base`. Throws a
    /// `ThemeError` naming `file` and the 1-based line of the first unknown key or bad value.
    public static func parse(_ text: String, name: String, file: String, base: Theme = .builtInDefault) throws -> Theme {
        var colors = base.colors
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = String(rawLine).trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ThemeError(file: file, line: lineNumber, message: "expected `key = value`, found \(quoted(line))")
            }
            let key = String(line[..<equals]).trimmingSpaces()
            let value = stripComment(String(line[line.index(after: equals)...]))
            guard let slot = slot(named: key) else {
                let known = Theme.Slot.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(file: file, line: lineNumber, message: "unknown key \(quoted(key)) (known keys: \(known))")
            }
            guard let color = Color(parsing: value) else {
                throw ThemeError(
                    file: file, line: lineNumber,
                    message: "bad value \(quoted(value)) for \(slot.rawValue): expected #rrggbb, 0-255, a colour name or default"
                )
            }
            colors[slot] = color
        }
        return Theme(name: name, source: file, colors: colors)
    }

    /// The slot a key names, ignoring case, `_` and `-`.
    private static func slot(named key: String) -> Theme.Slot? {
        let folded = key.lowercased().filter { $0 != "_" && $0 != "-" }
        return Theme.Slot.allCases.first { $0.rawValue.filter { $0 != "_" } == folded }
    }

    /// The value without a trailing ` # comment` and without surrounding double quotes.
    private static func stripComment(_ text: String) -> String {
        var value = text.trimmingSpaces()
        var previous: Character = "#"
        for index in value.indices {
            if value[index] == "#", previous == " " || previous == "\t" {
                value = String(value[..<index]).trimmingSpaces()
                break
            }
            previous = value[index]
        }
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
            value = String(value.dropFirst().dropLast()).trimmingSpaces()
        }
        return value
    }

    /// Text from a file, made safe to print inside an error message and kept short.
    private static func quoted(_ text: String) -> String {
        "`" + TextWidth.truncate(TextSanitizer.clean(text), to: 40) + "`"
    }
}
