/// The HTML flavour of a snapshot: one self-contained page, inline CSS, no scripts, a monospace grid.
///
/// Each style becomes a CSS class (numbered by first use, so output is stable); each wide glyph sits in
/// an inline block exactly two columns wide, so CJK text stays aligned whatever the font's own widths.
enum HTMLSnapshot {
    /// The page for `buffer`.
    static func render(_ buffer: Buffer, palette: SnapshotPalette, title: String) -> String {
        var classes = StyleClasses()
        var rows: [String] = []
        for y in 0..<buffer.height {
            var row = ""
            for run in SnapshotRun.runs(of: buffer, row: y) {
                let name = classes.name(for: run.style) { declarations($0, palette: palette) }
                row += "<span class=\"\(name)\">" + cellsMarkup(run.cells) + "</span>"
            }
            rows.append(row)
        }
        let safeTitle = SnapshotPalette.escape(title)
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="generator" content="DSRBoard">
        <title>\(safeTitle)</title>
        <style>
        body{margin:0;padding:16px;background:\(palette.background.css);}
        .dsr-frame{display:inline-block;margin:0;padding:8px;background:\(palette.background.css);color:\(palette.foreground.css);font-family:"DejaVu Sans Mono","Cascadia Mono",Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;font-size:14px;line-height:1.25;white-space:pre;font-variant-ligatures:none;}
        .dsr-frame span{white-space:pre;}
        .dsr-frame .w{display:inline-block;width:2ch;text-align:center;overflow:hidden;vertical-align:top;}
        \(classes.rules.joined(separator: "\n"))
        </style>
        </head>
        <body>
        <pre class="dsr-frame" aria-label="\(safeTitle)">\(rows.joined(separator: "\n"))</pre>
        </body>
        </html>

        """
    }

    /// The CSS declarations of one style.
    private static func declarations(_ style: Style, palette: SnapshotPalette) -> String {
        let (fg, bg) = palette.colors(for: style)
        var parts = ["color:\(fg.css)", "background:\(bg.css)"]
        if style.attributes.contains(.bold) { parts.append("font-weight:bold") }
        if style.attributes.contains(.italic) { parts.append("font-style:italic") }
        if style.attributes.contains(.underline) { parts.append("text-decoration:underline") }
        return parts.joined(separator: ";")
    }

    /// The run's cells, escaped; wide glyphs wrapped in two-column blocks.
    private static func cellsMarkup(_ cells: [Cell]) -> String {
        var output = ""
        for cell in cells {
            let symbol = SnapshotPalette.escape(cell.safeSymbol)
            output += cell.width == 2 ? "<span class=\"w\">" + symbol + "</span>" : symbol
        }
        return output
    }
}
