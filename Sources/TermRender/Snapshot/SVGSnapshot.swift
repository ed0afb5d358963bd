/// The SVG flavour of a snapshot, in the manner of Textual's screenshots: a window with a title bar,
/// background rectangles per styled run, and the text as selectable `<text>` elements on a fixed grid.
///
/// Runs of narrow glyphs are one `<text>` stretched with `textLength` to their exact columns; each wide
/// glyph gets its own `<text>` two columns wide, so alignment never depends on the font.
enum SVGSnapshot {
    /// Width of one column in pixels (0.6 em of the 14 px font).
    static let cellWidth = 8.4
    /// Height of one row in pixels.
    static let cellHeight = 17.0
    /// Font size in pixels.
    static let fontSize = 14.0
    /// Space around the grid.
    static let margin = 12.0
    /// Height of the title bar.
    static let titleBar = 28.0

    /// The picture for `buffer`.
    static func render(_ buffer: Buffer, palette: SnapshotPalette, title: String) -> String {
        let gridWidth = Double(buffer.width) * cellWidth
        let gridHeight = Double(buffer.height) * cellHeight
        let width = gridWidth + 2 * margin
        let height = gridHeight + 2 * margin + titleBar
        let top = titleBar + margin
        var classes = StyleClasses()
        var backgrounds: [String] = []
        var texts: [String] = []
        for y in 0..<buffer.height {
            let rowTop = top + Double(y) * cellHeight
            for run in SnapshotRun.runs(of: buffer, row: y) {
                let (fg, bg) = palette.colors(for: run.style)
                let x = margin + Double(run.column) * cellWidth
                if bg != palette.background {
                    backgrounds.append("<rect x=\"\(number(x))\" y=\"\(number(rowTop))\" width=\"\(number(Double(run.width) * cellWidth))\" height=\"\(number(cellHeight))\" fill=\"\(bg.css)\"/>")
                }
                guard run.cells.contains(where: { $0.safeSymbol != " " }) else { continue }
                let name = classes.name(for: run.style) { declarations($0, foreground: fg) }
                texts += textElements(run, className: name, baseline: rowTop + cellHeight * 0.78)
            }
        }
        let safeTitle = SnapshotPalette.escape(title)
        let chrome = palette.background.mixed(with: palette.foreground, amount: 0.12)
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(number(width))" height="\(number(height))" viewBox="0 0 \(number(width)) \(number(height))" role="img" aria-label="\(safeTitle)">
        <title>\(safeTitle)</title>
        <style>
        .dsr-t{font-family:"DejaVu Sans Mono","Cascadia Mono",Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;font-size:\(number(fontSize))px;white-space:pre;font-variant-ligatures:none;}
        .dsr-title{font-family:sans-serif;font-size:13px;fill:\(palette.foreground.css);}
        \(classes.rules.joined(separator: "\n"))
        </style>
        <rect x="0" y="0" width="\(number(width))" height="\(number(height))" rx="8" fill="\(palette.background.css)"/>
        <rect x="0" y="0" width="\(number(width))" height="\(number(titleBar))" rx="8" fill="\(chrome.css)"/>
        <circle cx="16" cy="14" r="5" fill="#ff5f57"/><circle cx="32" cy="14" r="5" fill="#febc2e"/><circle cx="48" cy="14" r="5" fill="#28c840"/>
        <text class="dsr-title" x="\(number(width / 2))" y="18" text-anchor="middle">\(safeTitle)</text>
        <g>
        \(backgrounds.joined(separator: "\n"))
        </g>
        <g class="dsr-t" xml:space="preserve">
        \(texts.joined(separator: "\n"))
        </g>
        </svg>

        """
    }

    /// The `<text>` elements of one run: narrow stretches stretched to their columns, wide glyphs alone.
    private static func textElements(_ run: SnapshotRun, className: String, baseline: Double) -> [String] {
        var elements: [String] = []
        var pending = ""
        var pendingStart = run.column
        var pendingColumns = 0
        var column = run.column
        func flush() {
            let visible = pending.contains { $0 != " " }
            if visible {
                let x = margin + Double(pendingStart) * cellWidth
                elements.append("<text class=\"\(className)\" x=\"\(number(x))\" y=\"\(number(baseline))\" textLength=\"\(number(Double(pendingColumns) * cellWidth))\" lengthAdjust=\"spacingAndGlyphs\">\(SnapshotPalette.escape(pending))</text>")
            }
            pending = ""
            pendingColumns = 0
        }
        for cell in run.cells {
            if cell.width == 2 {
                flush()
                let x = margin + (Double(column) + 1) * cellWidth
                elements.append("<text class=\"\(className)\" x=\"\(number(x))\" y=\"\(number(baseline))\" text-anchor=\"middle\">\(SnapshotPalette.escape(cell.safeSymbol))</text>")
                column += 2
                pendingStart = column
                continue
            }
            if pending.isEmpty { pendingStart = column }
            pending += cell.safeSymbol
            pendingColumns += 1
            column += 1
        }
        flush()
        return elements
    }

    /// The CSS of one style's text.
    private static func declarations(_ style: Style, foreground: SnapshotPalette.RGB) -> String {
        var parts = ["fill:\(foreground.css)"]
        if style.attributes.contains(.bold) { parts.append("font-weight:bold") }
        if style.attributes.contains(.italic) { parts.append("font-style:italic") }
        if style.attributes.contains(.underline) { parts.append("text-decoration:underline") }
        return parts.joined(separator: ";")
    }

    /// A coordinate with at most two decimals and no trailing zeros.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        if fraction == 0 { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return (hundredths < 0 && whole == 0 ? "-" : "") + "\(whole).\(digits)"
    }
}
