import DSRMetrics
import DSRModel
import TermRender

/// Pane 3: late parcels by reason and by channel with mean transit days, and the table of late parcels.
struct ParcelsPane {
    let dashboard: ShopDashboard?
    let rows: [LateParcel]
    let cursor: ListState
    let theme: Theme
    let focused: Bool

    /// "Late parcels 62".
    func title() -> Line {
        Line("Late parcels \(dashboard?.lateParcels.count ?? 0)")
    }

    /// Counts by reason in one line.
    func headline() -> Line {
        guard let d = dashboard else { return Line("no parcels imported", style: theme.muted) }
        let counts = d.lateParcelCountsByReason
        let parts: [(String, ProblemReason)] = [("late delivery", .lateDelivery), ("stale", .staleTracking),
                                                 ("exception", .deliveryException)]
        var spans: [Span] = []
        for (index, part) in parts.enumerated() {
            let count = counts[part.1] ?? 0
            spans.append(Span(part.0 + " ", style: theme.muted))
            spans.append(Span("\(count)", style: count > 0 ? theme.bad : theme.good))
            if index < parts.count - 1 { spans.append(Span(" · ", style: theme.muted)) }
        }
        return Line(spans: spans)
    }

    /// Draws the pane's content; returns the number of table rows visible (a page).
    @discardableResult
    func render(in area: Rect, buffer: inout Buffer, channelRows wanted: Int = 3) -> Int {
        PaneFrame.put(headline(), row: 0, in: area, buffer: &buffer, theme: theme)
        var row = 1
        let transit = (dashboard?.rootCauses.transitByChannel ?? []).sorted {
            ($0.lateParcels, $0.channel ?? "") > ($1.lateParcels, $1.channel ?? "")
        }
        let channelRows = min(transit.count, wanted, max(0, area.height - 6))
        if channelRows > 0 {
            let nameWidth = min(24, max(12, area.width / 3))
            PaneFrame.put(Line(spans: [Span(TextWidth.pad("CHANNEL", to: nameWidth), style: theme.header),
                                       Span("  LATE  TRANSIT  DELIVERED", style: theme.header)]),
                          row: row, in: area, buffer: &buffer, theme: theme)
            row += 1
            let maxTransit = transit.compactMap(\.meanTransitDays).max() ?? 1
            for channel in transit.prefix(channelRows) {
                let mean = channel.meanTransitDays
                let barWidth = max(0, area.width - nameWidth - 28)
                let bar = String(repeating: "▇", count: mean.map { Int(($0 / max(1, maxTransit)) * Double(barWidth)) } ?? 0)
                let late = TextWidth.pad("\(channel.lateParcels)", to: 6, alignment: .right)
                let shown = TextWidth.pad(Format.days(mean), to: 9, alignment: .right)
                let delivered = TextWidth.pad("\(channel.deliveredOrders)", to: 11, alignment: .right)
                PaneFrame.put(Line(spans: [Span(TextWidth.pad(TextWidth.truncate(channel.channel ?? "(no channel)", to: nameWidth), to: nameWidth)),
                                           Span(late, style: channel.lateParcels > 0 ? theme.bad : theme.text),
                                           Span(shown), Span(delivered, style: theme.muted), Span(" "),
                                           Span(bar, style: (mean ?? 0) > 15 ? theme.warn : theme.good)]),
                              row: row, in: area, buffer: &buffer, theme: theme)
                row += 1
            }
        }
        if let carriers = dashboard?.rootCauses.lateParcelsByCarrier, !carriers.isEmpty, channelRows > 0, area.height - row > 6 {
            let text = carriers.prefix(4).map { "\($0.name ?? "unknown") \($0.count)" }.joined(separator: " · ")
            PaneFrame.put(Line(spans: [Span("by carrier  ", style: theme.muted), Span(text)]), row: row, in: area,
                          buffer: &buffer, theme: theme)
            row += 1
        }
        if let filter = PaneFrame.filterLine(cursor.filter, shown: rows.count, theme: theme) {
            PaneFrame.put(filter, row: row, in: area, buffer: &buffer, theme: theme)
        }
        row += 1
        let tableArea = area.inset(top: row)
        guard !rows.isEmpty else {
            let message = cursor.filter.isEmpty ? "no late parcels" : "no parcel matches /\(cursor.filter)"
            PaneFrame.put(Line(message, style: theme.muted), row: 0, in: tableArea, buffer: &buffer, theme: theme)
            return max(1, tableArea.height - 1)
        }
        // Narrow panes keep what identifies the parcel and why it is late; wide ones add channel and status.
        let isWide = tableArea.width >= 90
        var columns = [TableColumn("ORDER", minWidth: 9, maxWidth: 9),
                       TableColumn("TRACKING", minWidth: 15, maxWidth: 22),
                       TableColumn("LATE", minWidth: 6, maxWidth: 6, alignment: .right),
                       TableColumn("LAST EVENT", minWidth: 10, weight: 4)]
        if isWide {
            columns.insert(TableColumn("CHANNEL", minWidth: 8, maxWidth: 22), at: 2)
            columns.append(TableColumn("STATUS", minWidth: 8, maxWidth: 16))
        }
        let table = rows.map { p -> [Line] in
            let event = p.lastEvent.map { Format.days(p.lastEventAgeDays) + " " + $0.description } ?? "no scan yet"
            let stale = p.reasons.contains(.staleTracking)
            var cells = [Line(Format.tail(p.orderID, 8)), Line(p.trackingNumber),
                         Line(p.daysLate.map { Format.days($0, signed: true) } ?? "—", style: (p.daysLate ?? 0) > 0 ? theme.bad : theme.text),
                         Line(event, style: stale ? theme.warn : theme.text)]
            if isWide {
                cells.insert(Line(p.channel ?? p.carrier ?? "—", style: theme.muted), at: 2)
                cells.append(Line(p.status?.rawValue ?? p.sourceStatus ?? "—",
                                  style: p.reasons.contains(.deliveryException) ? theme.bad : theme.muted))
            }
            return cells
        }
        var cursor = self.cursor
        let visible = max(1, tableArea.height - 1)
        let offset = cursor.scrollOffset(visibleRows: visible, rowCount: table.count)
        Table(columns: columns, rows: table, style: theme.text, headerStyle: theme.header,
              selectedRow: focused ? cursor.selectedIndex : nil, offset: offset, selectionStyle: theme.selected,
              sortColumn: (isWide ? [3, 4, 2] : [2, 3, nil])[cursor.sortIndex % 3], sortAscending: cursor.sortIndex == 2, columnSpacing: 1)
            .render(in: tableArea, buffer: &buffer)
        return visible
    }
}
