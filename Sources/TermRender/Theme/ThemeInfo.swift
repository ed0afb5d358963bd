/// A theme that can be chosen: its name and where it was found.
public struct ThemeInfo: Hashable, Sendable {
    /// The name to pass to `--theme` (the file name without `.theme`).
    public var name: String
    /// The file it loads from, or "built-in".
    public var path: String

    /// Creates an entry.
    public init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}
