/// One terminal cell: what is drawn there, in which style, and how many columns it covers.
public struct Cell: Hashable, Sendable {
    /// The cell's text: one grapheme (a space when blank, empty on a wide glyph's continuation).
    public var symbol: String
    /// Colours and attributes.
    public var style: Style
    /// Columns covered: 1, 2 for a wide glyph, 0 for the cell right of a wide glyph.
    public var width: Int

    /// Creates a cell as given (the buffer normalises what it stores).
    public init(symbol: String, style: Style = .plain, width: Int = 1) {
        self.symbol = symbol
        self.style = style
        self.width = width
    }

    /// A space in the plain style.
    public static let blank = Cell(symbol: " ")

    /// Whether this cell only continues the wide glyph to its left.
    public var isContinuation: Bool { width == 0 }

    /// A space in the given style.
    static func space(_ style: Style) -> Cell { Cell(symbol: " ", style: style, width: 1) }
}
