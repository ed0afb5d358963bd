/// Lines of styled text, optionally wrapped at word boundaries by display width (CJK text may break
/// between any two wide characters), scrolled by whole rows.
public struct Paragraph: Widget {
    /// The text, one entry per logical line.
    public var lines: [Line]
    /// Base style and background fill.
    public var style: Style
    /// Wrap long lines instead of clipping them.
    public var wrap: Bool
    /// Rows (after wrapping) to skip at the top.
    public var scroll: Int

    /// Creates a paragraph.
    public init(lines: [Line], style: Style = .plain, wrap: Bool = false, scroll: Int = 0) {
        self.lines = lines
        self.style = style
        self.wrap = wrap
        self.scroll = scroll
    }

    /// A paragraph of plain text; `\n` separates lines.
    public init(_ text: String, style: Style = .plain, wrap: Bool = false, scroll: Int = 0) {
        self.init(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(String($0)) },
                  style: style, wrap: wrap, scroll: scroll)
    }

    /// Rows the paragraph needs at `width` columns (for scroll limits).
    public func rowCount(for width: Int) -> Int {
        wrap ? lines.reduce(0) { $0 + Paragraph.wrapped($1, width: width).count } : lines.count
    }

    /// Draws the visible rows.
    public func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: style)
        guard !area.isEmpty else { return }
        var skip = max(0, scroll)
        var y = area.y
        for line in lines {
            guard y < area.bottom else { return }
            let rows = wrap ? Paragraph.wrapped(line, width: area.width) : [Paragraph.pieces(of: line)]
            for row in rows {
                if skip > 0 {
                    skip -= 1
                    continue
                }
                guard y < area.bottom else { return }
                draw(row, alignment: line.alignment, x: area.x, y: y, width: area.width, buffer: &buffer)
                y += 1
            }
        }
    }

    /// One glyph with the style of the span it came from.
    struct Piece {
        var glyph: Glyph
        var style: Style?
        var isSpace: Bool { glyph.symbol == " " }
    }

    static func pieces(of line: Line) -> [Piece] {
        line.spans.flatMap { span in
            TextSanitizer.clean(span.text).flatMap { TextWidth.glyphs(of: $0).map { Piece(glyph: $0, style: span.style) } }
        }
    }

    /// Greedy word wrap: break after a space or next to a wide glyph; a word longer than the width is
    /// cut. Spaces at a break are dropped.
    static func wrapped(_ line: Line, width: Int) -> [[Piece]] {
        guard width > 0 else { return [] }
        var rows: [[Piece]] = []
        var current: [Piece] = []
        var currentWidth = 0
        var breakAt: Int?
        for piece in pieces(of: line) where piece.glyph.width <= width {
            if currentWidth + piece.glyph.width > width, piece.isSpace {
                rows.append(trimmed(current))
                (current, currentWidth, breakAt) = ([], 0, nil)
                continue
            }
            while currentWidth + piece.glyph.width > width, !current.isEmpty {
                let cut = breakAt ?? current.count
                rows.append(trimmed(Array(current[..<cut])))
                current = Array(current[cut...])
                currentWidth = current.reduce(0) { $0 + $1.glyph.width }
                breakAt = nil
            }
            if piece.glyph.width == 2, !current.isEmpty { breakAt = current.count }
            current.append(piece)
            currentWidth += piece.glyph.width
            if piece.isSpace || piece.glyph.width == 2 { breakAt = current.count }
        }
        rows.append(current)
        return rows
    }

    private static func trimmed(_ row: [Piece]) -> [Piece] {
        var row = row
        while row.last?.isSpace == true { row.removeLast() }
        return row
    }

    private func draw(_ row: [Piece], alignment: Alignment, x: Int, y: Int, width: Int, buffer: inout Buffer) {
        let rowWidth = row.reduce(0) { $0 + $1.glyph.width }
        var column = x + alignment.leadingSpace(used: rowWidth, available: width)
        for piece in row {
            guard column < x + width else { return }
            let pieceStyle = piece.style.map(style.patched(with:)) ?? style
            if column + piece.glyph.width > x + width {
                buffer.put(Glyph(symbol: " ", width: 1), x: column, y: y, style: pieceStyle)
                return
            }
            buffer.put(piece.glyph, x: column, y: y, style: pieceStyle)
            column += piece.glyph.width
        }
    }
}
