/// Serialises a frame to text, ANSI, HTML or SVG, so a saved snapshot is exactly what was shown.
public enum SnapshotWriter {
    /// The frame in `format`. `theme` supplies the colours the terminal would have used for its own
    /// defaults (HTML, SVG); `title` names the page or picture. Text from the buffer and the title is
    /// sanitised and escaped, so no data can inject control characters, escapes or markup.
    public static func render(buffer: Buffer, format: SnapshotFormat, theme: Theme = .builtInDefault, title: String = "DSRBoard") -> String {
        switch format {
        case .txt: plainText(buffer)
        case .ansi: AnsiSnapshot.render(buffer)
        case .html: HTMLSnapshot.render(buffer, palette: SnapshotPalette(theme: theme), title: title)
        case .svg: SVGSnapshot.render(buffer, palette: SnapshotPalette(theme: theme), title: title)
        }
    }

    /// One line per row, a wide glyph once, trailing spaces trimmed, each line ending in a newline.
    static func plainText(_ buffer: Buffer) -> String {
        var output = ""
        for y in 0..<buffer.height {
            var line = buffer.row(y).filter { !$0.isContinuation }.map(\.safeSymbol).joined()
            while line.last == " " { line.removeLast() }
            output += line + "\n"
        }
        return output
    }
}
