import DSRMetrics
import DSRModel
import TermRender

/// Draws the whole screen for a state into a fresh buffer: header, the screen on top of the stack, footer,
/// and the help overlay. Pure: the same state, theme and size always give the same cells, which is what the
/// terminal shows and what every snapshot writes.
public enum BoardScreen {
    /// The smallest terminal the board draws in.
    public static let minimumSize = (width: 72, height: 20)
    /// From this size on, the four panes show side by side (2×2); below, they stack.
    public static let gridSize = (width: 110, height: 32)

    /// What a frame learned about the lists it drew, for paging and scroll limits.
    public struct FrameInfo: Sendable {
        /// Rows one page of each list showed.
        public var pageSizes: [ListID: Int] = [:]
        /// The largest scroll offset of each scroll-only list.
        public var scrollLimits: [ListID: Int] = [:]
    }

    /// Draws `state` at `width`×`height` with `theme`.
    public static func render(_ state: BoardState, theme: Theme, width: Int, height: Int) -> (Buffer, FrameInfo) {
        var buffer = Buffer(width: width, height: height, style: Style(background: theme.color(.background)))
        var info = FrameInfo()
        let area = buffer.area
        guard width >= minimumSize.width, height >= minimumSize.height else {
            drawTooSmall(in: area, buffer: &buffer, theme: theme)
            return (buffer, info)
        }
        buffer.fill(area, style: theme.text)
        HeaderBar(state: state, theme: theme).render(in: area.row(0), buffer: &buffer)
        let body = Rect(x: 0, y: 1, width: width, height: height - 3)
        let asOf = state.data?.asOf ?? 0
        switch state.route {
        case .board:
            if width >= gridSize.width, height >= gridSize.height {
                drawGrid(state, in: body, buffer: &buffer, theme: theme, info: &info)
            } else {
                drawStacked(state, in: body, buffer: &buffer, theme: theme, info: &info)
            }
        case .pane(let pane):
            drawPane(pane, state, in: body, focused: true, buffer: &buffer, theme: theme, info: &info)
        case .problems:
            let page = ProblemsScreen(dashboard: state.dashboard, rows: state.lists.problems,
                                      cursor: state.cursors[.problems] ?? ListState(), theme: theme)
                .render(in: body, buffer: &buffer, asOf: asOf)
            info.pageSizes[.problems] = page
        case .order(let id):
            let story = state.data?.storyOrderID == id ? state.data?.story : nil
            let loading = state.data?.storyOrderID != id
            info.scrollLimits[.story] = OrderDetailScreen(orderID: id, story: story, isLoading: loading, theme: theme)
                .render(in: body, buffer: &buffer, offset: state.cursors[.story]?.offset ?? 0)
            info.pageSizes[.story] = body.height - 2
        }
        FooterBar(state: state, theme: theme).render(in: Rect(x: 0, y: height - 2, width: width, height: 2), buffer: &buffer)
        if state.mode == .help {
            info.scrollLimits[.help] = HelpOverlay(theme: theme).render(in: body, buffer: &buffer, offset: state.cursors[.help]?.offset ?? 0)
            info.pageSizes[.help] = body.height - 2
        }
        return (buffer, info)
    }

    private static func drawGrid(_ state: BoardState, in body: Rect, buffer: inout Buffer, theme: Theme, info: inout FrameInfo) {
        let rows = Layout.split(body, .vertical, [.percentage(52), .fill(1)])
        for (rowIndex, row) in rows.enumerated() {
            let cells = Layout.split(row, .horizontal, [.percentage(46), .fill(1)])
            for (columnIndex, cell) in cells.enumerated() {
                let pane = PaneID(rawValue: rowIndex * 2 + columnIndex + 1)!
                drawPane(pane, state, in: cell, focused: state.focus == pane, buffer: &buffer, theme: theme, info: &info)
            }
        }
    }

    /// Narrow terminals: the focused pane takes the room; the others fold to their headline.
    private static func drawStacked(_ state: BoardState, in body: Rect, buffer: inout Buffer, theme: Theme, info: inout FrameInfo) {
        let constraints = PaneID.allCases.map { $0 == state.focus ? Constraint.fill(1) : .length(3) }
        let areas = Layout.split(body, .vertical, constraints)
        for (pane, area) in zip(PaneID.allCases, areas) {
            if pane == state.focus {
                drawPane(pane, state, in: area, focused: true, buffer: &buffer, theme: theme, info: &info)
            } else {
                let inner = PaneFrame.draw(title(pane, state, theme), focused: false, in: area, buffer: &buffer, theme: theme)
                PaneFrame.put(headline(pane, state, theme), row: 0, in: inner, buffer: &buffer, theme: theme)
            }
        }
    }

    private static func drawPane(_ pane: PaneID, _ state: BoardState, in area: Rect, focused: Bool, buffer: inout Buffer,
                                 theme: Theme, info: inout FrameInfo) {
        let inner = PaneFrame.draw(title(pane, state, theme), focused: focused, in: area, buffer: &buffer, theme: theme)
        let d = state.dashboard
        let asOf = state.data?.asOf ?? 0
        switch pane {
        case .dsr:
            DSRPane(dashboard: d, theme: theme).render(in: inner, buffer: &buffer)
        case .tickets:
            info.pageSizes[.tickets] = TicketsPane(dashboard: d, rows: state.lists.tickets, cursor: state.cursors[.tickets] ?? ListState(),
                                                   theme: theme, focused: focused)
                .render(in: inner, buffer: &buffer, asOf: asOf)
        case .parcels:
            let channels = inner.height >= 24 ? 6 : 3
            info.pageSizes[.parcels] = ParcelsPane(dashboard: d, rows: state.lists.parcels, cursor: state.cursors[.parcels] ?? ListState(),
                                                   theme: theme, focused: focused)
                .render(in: inner, buffer: &buffer, channelRows: channels)
        case .ads:
            AdsPane(dashboard: d, theme: theme).render(in: inner, buffer: &buffer)
        }
    }

    private static func title(_ pane: PaneID, _ state: BoardState, _ theme: Theme) -> Line {
        let d = state.dashboard
        let body: Line
        switch pane {
        case .dsr: body = Line("DSR" + (d?.shop.map { " · \($0.name)" } ?? ""))
        case .tickets: body = TicketsPane(dashboard: d, rows: [], cursor: ListState(), theme: theme, focused: false).title()
        case .parcels: body = ParcelsPane(dashboard: d, rows: [], cursor: ListState(), theme: theme, focused: false).title()
        case .ads: body = Line("Ads × DSR")
        }
        return Line(spans: [Span(" \(pane.rawValue) ", style: theme.footerKey)] + body.spans + [Span(" ")])
    }

    private static func headline(_ pane: PaneID, _ state: BoardState, _ theme: Theme) -> Line {
        let d = state.dashboard
        switch pane {
        case .dsr: return DSRPane(dashboard: d, theme: theme).headline()
        case .tickets: return TicketsPane(dashboard: d, rows: [], cursor: ListState(), theme: theme, focused: false).headline()
        case .parcels: return ParcelsPane(dashboard: d, rows: [], cursor: ListState(), theme: theme, focused: false).headline()
        case .ads: return AdsPane(dashboard: d, theme: theme).headline()
        }
    }

    private static func drawTooSmall(in area: Rect, buffer: inout Buffer, theme: Theme) {
        buffer.fill(area, style: theme.text)
        let lines = ["Terminal too small: \(area.width)×\(area.height)",
                     "DSRBoard needs at least \(minimumSize.width)×\(minimumSize.height)",
                     "enlarge the window, or press q to quit"]
        let top = max(0, (area.height - lines.count) / 2)
        for (index, text) in lines.enumerated() where top + index < area.height {
            let shown = TextWidth.truncate(text, to: area.width)
            let x = max(0, (area.width - TextWidth.of(shown)) / 2)
            _ = buffer.write(shown, x: x, y: top + index, style: index == 0 ? theme.warn : theme.text)
        }
    }
}
