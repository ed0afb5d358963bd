/// A pane frame: a box-drawing border with optional titles on its top edge, and a background fill.
public struct Block: Widget {
    /// Title at the top left (`┌─ title ───`).
    public var title: Line?
    /// Title at the top right, dropped when it would touch the left title.
    public var rightTitle: Line?
    /// Style of the border lines.
    public var borderStyle: Style
    /// Border style when focused; nil means `borderStyle` in bold.
    public var focusedBorderStyle: Style?
    /// Base style of the titles (spans may add to it).
    public var titleStyle: Style
    /// Fill of the whole area, border included.
    public var style: Style
    /// Whether this pane has the focus (drawn with the focused border, bold title).
    public var isFocused: Bool
    /// Rounded corners (`╭╮╰╯`) instead of square ones (`┌┐└┘`).
    public var isRounded: Bool

    /// Creates a block.
    public init(
        title: Line? = nil, rightTitle: Line? = nil, borderStyle: Style = .plain, focusedBorderStyle: Style? = nil,
        titleStyle: Style = .plain, style: Style = .plain, isFocused: Bool = false, isRounded: Bool = false
    ) {
        self.title = title
        self.rightTitle = rightTitle
        self.borderStyle = borderStyle
        self.focusedBorderStyle = focusedBorderStyle
        self.titleStyle = titleStyle
        self.style = style
        self.isFocused = isFocused
        self.isRounded = isRounded
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    /// Draws the fill, border and titles.
    public func render(in area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: style)
        guard area.width >= 2, area.height >= 2 else { return }
        let border = isFocused ? (focusedBorderStyle ?? borderStyle.bold()) : borderStyle
        let corners = isRounded ? ("╭", "╮", "╰", "╯") : ("┌", "┐", "└", "┘")
        let (left, right, top, bottom) = (area.x, area.right - 1, area.y, area.bottom - 1)
        buffer.fill(Rect(x: left + 1, y: top, width: area.width - 2, height: 1), style: border, symbol: "─")
        buffer.fill(Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1), style: border, symbol: "─")
        buffer.fill(Rect(x: left, y: top + 1, width: 1, height: area.height - 2), style: border, symbol: "│")
        buffer.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), style: border, symbol: "│")
        buffer.write(corners.0, x: left, y: top, style: border)
        buffer.write(corners.1, x: right, y: top, style: border)
        buffer.write(corners.2, x: left, y: bottom, style: border)
        buffer.write(corners.3, x: right, y: bottom, style: border)
        drawTitles(in: area, buffer: &buffer)
    }

    /// Titles sit inside `┌─ ` … ` ─┐`, padded with a space on each side.
    private func drawTitles(in area: Rect, buffer: inout Buffer) {
        let base = isFocused ? titleStyle.bold() : titleStyle
        let room = area.width - 6
        var leftEnd = area.x + 1
        if let title, room > 0 {
            let fitted = title.truncated(to: room).aligned(.left)
            buffer.write(" ", x: area.x + 2, y: area.y, style: base)
            let used = buffer.write(fitted, x: area.x + 3, y: area.y, maxWidth: room, baseStyle: base)
            buffer.write(" ", x: area.x + 3 + used, y: area.y, style: base)
            leftEnd = area.x + 4 + used
        }
        if let rightTitle, room > 0 {
            let width = rightTitle.width
            let start = area.right - 3 - width
            // Keep at least one border column between the two titles.
            guard start - 1 > leftEnd else { return }
            buffer.write(" ", x: start - 1, y: area.y, style: base)
            buffer.write(rightTitle.aligned(.left), x: start, y: area.y, maxWidth: width, baseStyle: base)
            buffer.write(" ", x: start + width, y: area.y, style: base)
        }
    }
}
