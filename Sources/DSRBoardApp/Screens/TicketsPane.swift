import DSRMetrics
import DSRModel
import TermRender

/// Pane 2: open tickets by status, helpdesk and agent, and the table of open tickets, overdue first.
struct TicketsPane {
    let dashboard: ShopDashboard?
    let rows: [OpenTicket]
    let cursor: ListState
    let theme: Theme
    let focused: Bool

    /// "Open tickets 38 · 7 overdue".
    func title() -> Line {
        guard let counts = dashboard?.ticketCounts else { return Line("Open tickets") }
        return Line(spans: [Span("Open tickets \(counts.open)"),
                            Span(" · \(counts.overdue) overdue", style: counts.overdue > 0 ? theme.bad : theme.good)])
    }

    /// Counts by status and helpdesk in one line.
    func headline() -> Line {
        guard let counts = dashboard?.ticketCounts else { return Line("no tickets imported", style: theme.muted) }
        var spans: [Span] = []
        for status in counts.byStatus {
            // At a past --as-of a ticket open then may be closed now; the store keeps only its current status.
            let name = status.name ?? "?"
            let shown = ["solved", "closed", "deleted"].contains(name) ? "open then, \(name) now" : name
            spans.append(Span(shown + " ", style: theme.muted))
            spans.append(Span("\(status.count)  ", style: theme.text))
        }
        let sources = counts.bySource.map { "\(($0.name ?? "?").capitalized) \($0.count)" }.joined(separator: " · ")
        if !sources.isEmpty { spans.append(Span("· " + sources, style: theme.muted)) }
        if spans.isEmpty { spans.append(Span("no open tickets", style: theme.good)) }
        return Line(spans: spans)
    }

    /// Draws the pane's content; returns the number of table rows visible (a page).
    @discardableResult
    func render(in area: Rect, buffer: inout Buffer, asOf: EpochSeconds) -> Int {
        PaneFrame.put(headline(), row: 0, in: area, buffer: &buffer, theme: theme)
        if let counts = dashboard?.ticketCounts, !counts.byAgent.isEmpty {
            var spans = [Span("agents  ", style: theme.muted)]
            let top = counts.byAgent.max { $0.count < $1.count }?.count ?? 1
            for agent in counts.byAgent.prefix(4) {
                let bar = String(repeating: "▇", count: max(1, agent.count * 8 / max(1, top)))
                spans += [Span((agent.name ?? "unassigned") + " "), Span(bar, style: theme.accent),
                          Span(" \(agent.count)   ", style: theme.text)]
            }
            PaneFrame.put(Line(spans: spans), row: 1, in: area, buffer: &buffer, theme: theme)
        }
        let tableArea = area.inset(top: 3)
        if let filter = PaneFrame.filterLine(cursor.filter, shown: rows.count, theme: theme) {
            PaneFrame.put(filter, row: 2, in: area, buffer: &buffer, theme: theme)
        }
        guard !rows.isEmpty else {
            let message = cursor.filter.isEmpty ? "" : "no ticket matches /\(cursor.filter)"
            PaneFrame.put(Line(message, style: theme.muted), row: 0, in: tableArea, buffer: &buffer, theme: theme)
            return max(1, tableArea.height - 1)
        }
        let columns = [TableColumn("AGE", minWidth: 5, maxWidth: 5, alignment: .right),
                       TableColumn("DUE", minWidth: 7, maxWidth: 7, alignment: .right),
                       TableColumn("", minWidth: 1, maxWidth: 1),
                       TableColumn("PRI", minWidth: 3, maxWidth: 6),
                       TableColumn("AGENT", minWidth: 7, maxWidth: 10),
                       TableColumn("ORDER", minWidth: 9, maxWidth: 9),
                       TableColumn("SUBJECT", minWidth: 8, weight: 4)]
        let table = rows.map { t -> [Line] in
            let due = Double(t.firstResponseDueAt - asOf) / 3600
            return [Line(Format.hours(t.ageHours)),
                    Line(t.hasReply ? "replied" : Format.hours(due), style: t.isOverdue ? theme.bad : theme.muted),
                    Line(t.isOverdue ? "⚠" : " ", style: theme.bad),
                    Line(t.priority ?? "—", style: BoardLists.priorityRank(t.priority) <= 1 ? theme.warn : theme.text),
                    Line(Format.tail(t.assignee, 6)),
                    Line(Format.tail(t.orderID, 8), style: t.orderID == nil ? theme.muted : theme.text),
                    Line(t.subject ?? "(no subject)")]
        }
        var cursor = self.cursor
        let visible = max(1, tableArea.height - 1)
        let offset = cursor.scrollOffset(visibleRows: visible, rowCount: table.count)
        Table(columns: columns, rows: table, style: theme.text, headerStyle: theme.header,
              selectedRow: focused ? cursor.selectedIndex : nil, offset: offset, selectionStyle: theme.selected,
              sortColumn: [nil, 0, 4, 3][cursor.sortIndex % 4], sortAscending: cursor.sortIndex != 0, columnSpacing: 1)
            .render(in: tableArea, buffer: &buffer)
        return visible
    }
}
