/// What one buffer cell holds: a symbol and the columns it takes (1 or 2).
struct Glyph: Hashable, Sendable {
    /// The text of the cell (one or more scalars a terminal draws as one).
    var symbol: String
    /// Columns taken, 1 or 2.
    var width: Int
}
