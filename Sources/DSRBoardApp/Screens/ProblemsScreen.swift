import DSRMetrics
import DSRModel
import TermRender

/// Problem orders: every problem order of metrics.md, ranked, with its reasons, since when, channel and ticket.
struct ProblemsScreen {
    let dashboard: ShopDashboard?
    let rows: [ProblemOrder]
    let cursor: ListState
    let theme: Theme

    /// Draws the screen; returns the number of table rows visible (a page).
    @discardableResult
    func render(in area: Rect, buffer: inout Buffer, asOf: EpochSeconds) -> Int {
        let total = dashboard?.problemOrders.count ?? 0
        let inner = PaneFrame.draw(Line("Problem orders \(total)"), focused: true, in: area, buffer: &buffer, theme: theme)
        let sortName = ListID.problems.sortOrders[cursor.sortIndex % ListID.problems.sortOrders.count]
        var summary = [Span("\(rows.count) shown · sorted by \(sortName)", style: theme.muted)]
        summary.append(cursor.filter.isEmpty ? Span("   / filter  o sort  n/N next/previous", style: theme.muted)
                                             : Span("   filter /" + cursor.filter, style: theme.accent))
        PaneFrame.put(Line(spans: summary), row: 0, in: inner, buffer: &buffer, theme: theme)
        if let d = dashboard {
            let counts = d.problemCountsByReason
            var spans: [Span] = []
            for reason in ProblemReason.allCases {
                let count = counts[reason] ?? 0
                spans.append(Span(reason.title + " ", style: theme.muted))
                spans.append(Span("\(count)", style: count > 0 ? theme.bad : theme.good))
                if reason != ProblemReason.allCases.last { spans.append(Span(" · ", style: theme.muted)) }
            }
            PaneFrame.put(Line(spans: spans), row: 1, in: inner, buffer: &buffer, theme: theme)
        }
        let tableArea = inner.inset(top: 3)
        guard !rows.isEmpty else {
            let message = total == 0 ? "no problem orders: every order is on time, answered and well reviewed"
                                     : "no problem order matches /\(cursor.filter)"
            PaneFrame.put(Line(message, style: theme.good), row: 0, in: tableArea, buffer: &buffer, theme: theme)
            return max(1, tableArea.height - 1)
        }
        // Order ids differ only in their last digits: show them whole when there is room, else their tail.
        let idWidth = tableArea.width >= 100 ? (rows.map { TextWidth.of($0.orderID) }.max() ?? 9) : 9
        let columns = [TableColumn("ORDER", minWidth: idWidth, maxWidth: idWidth),
                       TableColumn("AGE", minWidth: 5, maxWidth: 5, alignment: .right),
                       TableColumn("REASONS", minWidth: 16, weight: 8),
                       TableColumn("SINCE", minWidth: 5, maxWidth: 6, alignment: .right),
                       TableColumn("CHANNEL", minWidth: 6, maxWidth: 18),
                       TableColumn("TICKET", minWidth: 6, maxWidth: 12)]
        let table = rows.map { p -> [Line] in
            let age = (p.paidAt ?? p.createdAt).map { Format.days(Double(asOf - $0) / 86_400) } ?? "—"
            let reasons = p.reasons.map(\.title).joined(separator: " · ")
            let ticket = p.firstTicket.map { t in
                t.hasReply ? t.label : t.label + " " + Format.hours(Double(asOf - t.createdAt) / 3600)
            } ?? "—"
            return [Line(idWidth >= TextWidth.of(p.orderID) ? p.orderID : Format.tail(p.orderID, idWidth - 1)), Line(age, style: theme.muted),
                    Line(reasons, style: theme.text),
                    Line(Format.days(Double(asOf - p.oldestBreachAt) / 86_400), style: theme.warn),
                    Line(p.channel ?? p.carrier ?? "—", style: theme.muted),
                    Line(ticket, style: p.reasons.contains(.ticketOverdue) ? theme.bad : theme.muted)]
        }
        var cursor = self.cursor
        let visible = max(1, tableArea.height - 1)
        let offset = cursor.scrollOffset(visibleRows: visible, rowCount: table.count)
        Table(columns: columns, rows: table, style: theme.text, headerStyle: theme.header,
              selectedRow: cursor.selectedIndex, offset: offset, selectionStyle: theme.selected,
              sortColumn: [2, 3, 1][cursor.sortIndex % 3], sortAscending: cursor.sortIndex == 1, columnSpacing: 2)
            .render(in: tableArea, buffer: &buffer)
        return visible
    }
}
