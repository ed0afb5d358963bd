/// A one-row flash or status message: its level's marker, then the text, cut with `…` when too long.
public struct StatusLine: Widget {
    /// The level type, reachable as `StatusLine.Level`.
    public typealias Level = StatusLevel

    /// The message.
    public var message: String
    /// How serious it is.
    public var level: StatusLevel
    /// Style of the whole row.
    public var style: Style

    /// Creates a status line with an explicit style.
    public init(message: String, level: StatusLevel = .info, style: Style = .plain) {
        self.message = message
        self.level = level
        self.style = style
    }

    /// Creates a status line styled by the theme's colour for the level.
    public init(message: String, level: StatusLevel, theme: Theme) {
        self.init(message: message, level: level, style: theme.style(for: level))
    }

    /// Draws on the first row of `area`.
    public func render(in area: Rect, buffer: inout Buffer) {
        let row = area.row(0)
        buffer.fill(row, style: style)
        guard row.width > 2 else { return }
        let text = level.symbol + " " + TextSanitizer.clean(message)
        buffer.write(TextWidth.truncate(text, to: row.width - 1), x: row.x + 1, y: row.y, style: style)
    }
}
