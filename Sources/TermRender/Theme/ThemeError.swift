/// A theme that cannot be used, reported as `file:line: error: message` like a compiler.
public struct ThemeError: Error, CustomStringConvertible, Hashable, Sendable {
    /// The theme file, or empty when no file is involved (an unknown theme name).
    public var file: String
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: error: message` (parts without a value left out).
    public var description: String {
        let location = [file.isEmpty ? nil : file, line.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return location.isEmpty ? "error: \(message)" : "\(location): error: \(message)"
    }
}
