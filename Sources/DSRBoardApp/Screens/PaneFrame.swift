import TermRender

/// Draws a pane's bordered block with its numbered title and returns the area inside.
enum PaneFrame {
    /// The block for `title`, focused or not, in the theme's colours; returns the inner area.
    static func draw(_ title: Line, rightTitle: Line? = nil, focused: Bool, in area: Rect, buffer: inout Buffer,
                     theme: Theme) -> Rect {
        let block = Block(title: title, rightTitle: rightTitle, borderStyle: theme.border(focused: false),
                          focusedBorderStyle: theme.border(focused: true), titleStyle: theme.title,
                          style: theme.text, isFocused: focused)
        block.render(in: area, buffer: &buffer)
        return block.inner(area)
    }

    /// Writes one line at row `row` of `area` (clipped), returning nothing; rows past the area are dropped.
    static func put(_ line: Line, row: Int, in area: Rect, buffer: inout Buffer, theme: Theme) {
        guard row >= 0, row < area.height else { return }
        _ = buffer.write(line, x: area.x, y: area.y + row, maxWidth: area.width, baseStyle: theme.text)
    }

    /// "filter /text  12 shown" while a filter is set, else nil.
    static func filterLine(_ filter: String, shown: Int, theme: Theme) -> Line? {
        guard !filter.isEmpty else { return nil }
        return Line(spans: [Span("filter /", style: theme.muted), Span(filter, style: theme.accent),
                            Span("  \(shown) shown", style: theme.muted)])
    }
}
