/// One column of a `Table`: its header and how it takes its share of the width.
public struct TableColumn: Hashable, Sendable {
    /// Header text.
    public var title: String
    /// Columns the column gets before any spare room is shared out.
    public var minWidth: Int
    /// Columns it never grows past; nil for no cap.
    public var maxWidth: Int?
    /// Placement of header and cells inside the column.
    public var alignment: Alignment
    /// Share of the spare room, relative to the other columns (0 = stays at `minWidth`).
    public var weight: Int

    /// Creates a column.
    public init(_ title: String, minWidth: Int = 1, maxWidth: Int? = nil, alignment: Alignment = .left, weight: Int = 1) {
        self.title = title
        self.minWidth = minWidth
        self.maxWidth = maxWidth
        self.alignment = alignment
        self.weight = weight
    }
}
