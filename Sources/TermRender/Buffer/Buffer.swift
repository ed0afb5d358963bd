/// A grid of cells that widgets draw into and backends and snapshot writers read.
///
/// Every operation clips: writes outside the grid are ignored, reads outside return `Cell.blank`, and
/// a wide glyph is never left half drawn (overwriting either half blanks the other).
public struct Buffer: Hashable, Sendable {
    /// The largest width or height a buffer takes; bigger requests are clamped so a bogus size cannot
    /// exhaust memory.
    public static let maxSide = 2048

    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The cells row by row (`y * width + x`).
    public private(set) var cells: [Cell]

    /// A buffer of blank cells in `style`; sizes clamp to `0...Buffer.maxSide`.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = min(Buffer.maxSide, max(0, width))
        self.height = min(Buffer.maxSide, max(0, height))
        cells = Array(repeating: Cell.space(style), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; blank outside. Setting outside is ignored; setting a symbol
    /// sanitises it and keeps its first grapheme, and a wide symbol that does not fit becomes a space.
    public subscript(x: Int, y: Int) -> Cell {
        get { isInside(x, y) ? cells[y * width + x] : .blank }
        set {
            guard isInside(x, y) else { return }
            let first = TextSanitizer.clean(newValue.symbol).first.map(TextWidth.glyphs(of:))?.first
            put(first ?? Glyph(symbol: " ", width: 1), x: x, y: y, style: newValue.style)
        }
    }

    /// The cells of row `y` (empty outside).
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < height else { return [] }
        return cells[(y * width)..<((y + 1) * width)]
    }

    /// Writes sanitised `text` from column `x` of row `y`, at most `maxWidth` columns (default: to the
    /// right edge), and returns the columns advanced. A wide glyph that would straddle the limit
    /// becomes a space.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        let limit = min(width, maxWidth.map { Saturating.add(x, max(0, $0)) } ?? width)
        guard y >= 0, y < height, x < limit else { return 0 }
        var column = x
        let visibleColumns = Saturating.subtract(limit, x)
        for character in TextSanitizer.clean(Buffer.boundedPrefix(of: text, columns: visibleColumns)) {
            guard column < limit else { break }
            for glyph in TextWidth.glyphs(of: character) {
                if column + glyph.width > limit {
                    if column >= 0 { put(Glyph(symbol: " ", width: 1), x: column, y: y, style: style) }
                    return column + 1 - x
                }
                if column >= 0 {
                    put(glyph, x: column, y: y, style: style)
                } else if column + glyph.width > 0 {
                    // A wide glyph cut by the left edge: show its visible half as a space.
                    put(Glyph(symbol: " ", width: 1), x: 0, y: y, style: style)
                }
                column += glyph.width
            }
        }
        return column - x
    }

    /// Writes a styled line from column `x` of row `y`, aligned within `maxWidth` (default: to the right
    /// edge); each span's style is laid over `baseStyle`. Returns the columns advanced.
    @discardableResult
    public mutating func write(_ line: Line, x: Int, y: Int, maxWidth: Int? = nil, baseStyle: Style) -> Int {
        let available = max(0, maxWidth ?? Saturating.subtract(width, x))
        let limit = Saturating.add(x, available)
        var column = Saturating.add(x, line.alignment.leadingSpace(used: line.width, available: available))
        for span in line.spans where column < limit {
            let style = span.style.map(baseStyle.patched(with:)) ?? baseStyle
            column += write(span.text, x: column, y: y, maxWidth: limit - column, style: style)
        }
        return column - x
    }

    /// Fills the part of `rect` inside the buffer with `symbol` (a space by default) in `style`.
    public mutating func fill(_ rect: Rect, style: Style, symbol: String = " ") {
        let clip = rect.intersection(area)
        guard !clip.isEmpty else { return }
        let glyph = TextSanitizer.clean(symbol).first.flatMap { TextWidth.glyphs(of: $0).first }
            ?? Glyph(symbol: " ", width: 1)
        for y in clip.y..<clip.bottom {
            var x = clip.x
            while x < clip.right {
                let fits = x + glyph.width <= clip.right
                put(fits ? glyph : Glyph(symbol: " ", width: 1), x: x, y: y, style: style)
                x += fits ? glyph.width : 1
            }
        }
    }

    /// Lays `style` over every cell of `rect`: its non-default colours replace, its attributes add.
    public mutating func setStyle(_ rect: Rect, _ style: Style) {
        let clip = rect.intersection(area)
        guard !clip.isEmpty else { return }
        for y in clip.y..<clip.bottom {
            for x in clip.x..<clip.right {
                cells[y * width + x].style = cells[y * width + x].style.patched(with: style)
            }
        }
    }

    /// Each row's text (a wide glyph once), trailing spaces trimmed.
    public func lines() -> [String] {
        (0..<height).map { y in
            var text = row(y).map(\.symbol).joined()
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The rows joined with newlines, ending in a newline (empty for a buffer without rows).
    public func text() -> String {
        lines().map { $0 + "\n" }.joined()
    }

    private func isInside(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Stores a glyph, blanking whatever half of a wide glyph it overlaps.
    mutating func put(_ glyph: Glyph, x: Int, y: Int, style: Style) {
        guard isInside(x, y) else { return }
        releaseWideGlyph(at: x, y: y)
        let index = y * width + x
        guard glyph.width == 2 else {
            cells[index] = Cell(symbol: glyph.symbol, style: style, width: 1)
            return
        }
        guard x + 1 < width else {
            cells[index] = Cell.space(style)
            return
        }
        releaseWideGlyph(at: x + 1, y: y)
        cells[index] = Cell(symbol: glyph.symbol, style: style, width: 2)
        cells[index + 1] = Cell(symbol: "", style: style, width: 0)
    }

    /// Turns the wide glyph covering (x, y), if any, into spaces (in its own style).
    private mutating func releaseWideGlyph(at x: Int, y: Int) {
        let index = y * width + x
        if cells[index].width == 0, x > 0 {
            cells[index - 1] = Cell.space(cells[index - 1].style)
            cells[index] = Cell.space(cells[index].style)
        } else if cells[index].width == 2, x + 1 < width {
            cells[index + 1] = Cell.space(cells[index + 1].style)
            cells[index] = Cell.space(cells[index].style)
        }
    }

    /// A prefix of very long text big enough for `columns` visible columns, so a pathological field
    /// costs time proportional to the space it is shown in. Generous, so escape sequences in the
    /// prefix cannot eat the visible part.
    private static func boundedPrefix(of text: String, columns: Int) -> String {
        let budget = Saturating.add(Saturating.scale(max(0, columns), by: 16, over: 1), 4096)
        guard text.utf8.count > budget else { return text }
        return String(text.unicodeScalars.prefix(budget))
    }
}
