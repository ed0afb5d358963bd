/// The size of a terminal in columns and rows.
public struct TerminalSize: Hashable, Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size; negative values clamp to 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole screen as a rectangle at the origin.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }
}
