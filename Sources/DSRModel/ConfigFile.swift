import Foundation

/// The settings file (`$XDG_CONFIG_HOME/dsrboard/config.toml` or `--config`): a small documented subset of
/// TOML. `key = value` lines, `[section]` headers, `#` comments; keys bare or "quoted" (quoted keys may hold
/// spaces and Chinese); values are numbers, "strings", true/false, or one-line ["arrays", "of", "strings"].
/// Sections: the top level (metric settings), `[targets]`, `[thresholds]`, `[promised_transit_days]`,
/// `[forwarder_status]`. Each consumer validates its own keys; every error names the file and line.
public struct ConfigFile: Sendable {
    /// A value as written.
    public enum Value: Hashable, Sendable {
        case number(Double)
        case string(String)
        case bool(Bool)
        case strings([String])
    }

    /// One `key = value` line.
    public struct Entry: Hashable, Sendable {
        /// The section it is in (`""` for the top level).
        public var section: String
        /// The key (unquoted).
        public var key: String
        /// The value.
        public var value: Value
        /// 1-based line number, for error messages.
        public var line: Int
    }

    /// Sections the program knows; any other is an error.
    public static let knownSections: Set<String> = ["", "targets", "thresholds", "promised_transit_days", "forwarder_status"]

    /// The file's path as given (for messages).
    public let path: String
    /// Every entry, in file order.
    public let entries: [Entry]

    /// An empty configuration (no file): every default applies.
    public static func empty(path: String = "(defaults)") -> ConfigFile { ConfigFile(path: path, entries: []) }

    private init(path: String, entries: [Entry]) {
        self.path = path
        self.entries = entries
    }

    /// Reads and parses the file at `path`.
    public static func load(path: String) throws -> ConfigFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError(path: path, line: nil, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(path: path, line: nil, message: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Parses configuration text; `path` is used in error messages.
    public static func parse(_ text: String, path: String) throws -> ConfigFile {
        var entries: [Entry] = []
        var section = ""
        var seen: Set<String> = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            func fail(_ message: String) -> ConfigError { ConfigError(path: path, line: lineNumber, message: message) }
            var scanner = ConfigScanner(Substring(rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine))
            scanner.skipSpaces()
            if scanner.atEndOrComment { continue }
            if scanner.peek == "[" {
                scanner.advance()
                scanner.skipSpaces()
                guard let name = scanner.key() else { throw fail("expected a section name after '['") }
                scanner.skipSpaces()
                guard scanner.peek == "]" else { throw fail("expected ']' after the section name") }
                scanner.advance()
                scanner.skipSpaces()
                guard scanner.atEndOrComment else { throw fail("unexpected text after the section header") }
                guard knownSections.contains(name) else {
                    throw fail("unknown section [\(name)]; known: "
                               + knownSections.filter { !$0.isEmpty }.sorted().map { "[\($0)]" }.joined(separator: ", "))
                }
                section = name
                continue
            }
            guard let key = scanner.key() else { throw fail("expected `key = value`") }
            scanner.skipSpaces()
            guard scanner.peek == "=" else { throw fail("expected '=' after '\(key)'") }
            scanner.advance()
            scanner.skipSpaces()
            let value: Value
            do { value = try scanner.value() } catch let message as ConfigScanner.Failure { throw fail(message.text) }
            scanner.skipSpaces()
            guard scanner.atEndOrComment else { throw fail("unexpected text after the value of '\(key)'") }
            let id = section + "\u{1}" + key
            guard seen.insert(id).inserted else { throw fail("'\(key)' is set twice") }
            entries.append(Entry(section: section, key: key, value: value, line: lineNumber))
        }
        return ConfigFile(path: path, entries: entries)
    }

    /// The entries of one section.
    public func section(_ name: String) -> [Entry] { entries.filter { $0.section == name } }

    /// An error about an entry, naming this file and the entry's line.
    public func error(_ entry: Entry, _ message: String) -> ConfigError {
        ConfigError(path: path, line: entry.line, message: message)
    }
}

/// A problem in the settings file, as `file:line: error: message`.
public struct ConfigError: Error, Equatable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    /// What is wrong and what is expected.
    public var message: String

    /// An error.
    public init(path: String, line: Int?, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: error: message`.
    public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): error: \(message)" }
}

/// Reads the tokens of one configuration line.
struct ConfigScanner {
    struct Failure: Error { let text: String }

    private var rest: Substring

    init(_ line: Substring) { rest = line }

    var peek: Character? { rest.first }
    var atEndOrComment: Bool { rest.isEmpty || rest.first == "#" }

    mutating func advance() { rest = rest.dropFirst() }

    mutating func skipSpaces() { while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst() } }

    mutating func key() -> String? {
        if rest.first == "\"" { return try? quoted() }
        let k = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "." }
        guard !k.isEmpty else { return nil }
        rest = rest.dropFirst(k.count)
        return String(k)
    }

    mutating func value() throws -> ConfigFile.Value {
        switch rest.first {
        case "\"": return .string(try quoted())
        case "[":
            advance()
            var items: [String] = []
            skipSpaces()
            while rest.first != "]" {
                guard rest.first == "\"" else { throw Failure(text: "arrays hold \"quoted strings\" only") }
                items.append(try quoted())
                skipSpaces()
                if rest.first == "," { advance(); skipSpaces() } else if rest.first != "]" {
                    throw Failure(text: "expected ',' or ']' in the array")
                }
            }
            advance()
            return .strings(items)
        default:
            let word = rest.prefix { !$0.isWhitespace && $0 != "#" }
            rest = rest.dropFirst(word.count)
            if word == "true" { return .bool(true) }
            if word == "false" { return .bool(false) }
            if let d = Double(word.replacingOccurrences(of: "_", with: "")), d.isFinite { return .number(d) }
            throw Failure(text: word.isEmpty ? "missing value" : "'\(word)' is not a number, \"string\", true/false or [array]")
        }
    }

    private mutating func quoted() throws -> String {
        advance()
        var out = ""
        while let c = rest.first {
            advance()
            if c == "\"" { return out }
            if c == "\\" {
                guard let e = rest.first else { break }
                advance()
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(e)
                }
            } else {
                out.append(c)
            }
        }
        throw Failure(text: "unterminated string")
    }
}
