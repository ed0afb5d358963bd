import DSRMetrics
import DSRModel
import TermRender

/// Pane 1: the official score and its sub-scores with 7-day change and sparklines, the computed health
/// metrics against their targets, and the daily-watch alerts.
struct DSRPane {
    let dashboard: ShopDashboard?
    let theme: Theme

    /// The one-line summary shown when the pane is folded (narrow terminals).
    func headline() -> Line {
        guard let d = dashboard else { return Line("no data", style: theme.muted) }
        let overall = d.score.value(.overall)
        let missed = d.metrics.filter { $0.isMet == false }.count
        return Line(spans: [
            Span("Overall ", style: theme.muted), Span(Format.score(overall), style: scoreStyle(overall, d)),
            Span(" " + Format.change(d.score.change7d[.overall]) + " 7d", style: theme.muted),
            Span("  targets missed ", style: theme.muted),
            Span("\(missed)/\(d.metrics.count)", style: missed > 0 ? theme.bad : theme.good),
        ] + (d.alerts.first.map { [Span("  ⚠ " + $0.what, style: theme.warn)] } ?? []))
    }

    /// Draws the pane's content into `area`.
    func render(in area: Rect, buffer: inout Buffer) {
        guard let d = dashboard else {
            PaneFrame.put(Line("no data for this shop yet: import a shop-rating export", style: theme.muted), row: 0,
                          in: area, buffer: &buffer, theme: theme)
            return
        }
        // The full layout needs 6 rows of scores and 8 of health metrics; below that, the compact one.
        if area.height < 14 {
            renderCompact(d, in: area, buffer: &buffer)
            return
        }
        var row = 0
        let sparkX = 26
        let spark30 = max(0, min(30, area.width - sparkX))
        let spark90X = sparkX + spark30 + 2
        let spark90 = max(0, area.width - spark90X)
        if d.score.latest == nil {
            PaneFrame.put(Line("no official score imported yet", style: theme.muted), row: row, in: area, buffer: &buffer, theme: theme)
            row += 1
        } else {
            var header = [Span(String(repeating: " ", count: sparkX)), Span(TextWidth.pad("\(spark30) d", to: spark30), style: theme.muted)]
            if spark90 >= 10 { header.append(Span("  90 d", style: theme.muted)) }
            if let latest = d.score.latest { header[0] = Span(TextWidth.pad("as of \(latest.date)", to: sparkX), style: theme.muted) }
            PaneFrame.put(Line(spans: header), row: row, in: area, buffer: &buffer, theme: theme)
            row += 1
            for kind in ScoreKind.allCases where row < area.height {
                let value = d.score.value(kind)
                let change = d.score.change7d[kind]
                let line = Line(spans: [
                    Span(TextWidth.pad(kind.title, to: 10), style: kind == .overall ? theme.accent : theme.text),
                    Span(TextWidth.pad(Format.score(value), to: 5), style: scoreStyle(value, d)),
                    Span(TextWidth.pad(Format.change(change), to: 7, alignment: .right),
                         style: (change ?? 0) < -0.001 ? theme.bad : (change ?? 0) > 0.001 ? theme.good : theme.muted),
                    Span(kind == .overall ? " 7d" : "   ", style: theme.muted),
                ])
                PaneFrame.put(line, row: row, in: area, buffer: &buffer, theme: theme)
                let series30 = d.score.series30[kind] ?? []
                if spark30 > 0 {
                    let shown = Array(series30.suffix(spark30))
                    let range = scale(shown)
                    Sparkline(values: shown, style: scoreStyle(value, d), minValue: range.lowerBound, maxValue: range.upperBound)
                        .render(in: Rect(x: area.x + sparkX, y: area.y + row, width: spark30, height: 1), buffer: &buffer)
                }
                if spark90 >= 10 {
                    let series90 = compress(d.score.series90[kind] ?? [], to: spark90)
                    let range = scale(series90)
                    Sparkline(values: series90, style: theme.muted, minValue: range.lowerBound, maxValue: range.upperBound)
                        .render(in: Rect(x: area.x + spark90X, y: area.y + row, width: spark90, height: 1), buffer: &buffer)
                }
                row += 1
            }
            let bands = Line(spans: [Span("red < \(Format.score(d.score.redBelow))", style: theme.bad), Span(" · ", style: theme.muted),
                                     Span("green ≥ \(Format.score(d.score.greenFrom))", style: theme.good),
                                     Span(" · sparklines span ≥ 0.20", style: theme.muted)])
            PaneFrame.put(bands, row: row, in: area, buffer: &buffer, theme: theme)
            row += 1
        }
        // The health table comes first; a blank row before it only when a blank row and two rows of alert
        // still fit below it.
        let table = healthTable(d)
        if area.height - row - (table.rows.count + 1) >= 4 { row += 1 }
        let tableHeight = min(table.rows.count + 1, max(0, area.height - row))
        table.render(in: Rect(x: area.x, y: area.y + row, width: area.width, height: tableHeight), buffer: &buffer)
        row += tableHeight
        // Each alert may take two rows: its figures and causes are the point of the line.
        let alertLines = d.alerts.prefix(3).map { alert -> Line in
            let date = String(alert.date.description.dropFirst(5))
            let causes = alert.causes.isEmpty ? "" : " · " + alert.causes.joined(separator: " · ")
            return Line(spans: [Span("⚠ \(date) ", style: theme.warn), Span(alert.what, style: theme.warn), Span(causes, style: theme.text)])
        }
        let alertParagraph = Paragraph(lines: alertLines, style: theme.text, wrap: true)
        if !alertLines.isEmpty, area.height - row >= 2 { row += 1 }
        let alertsRoom = max(0, area.height - row)
        if alertsRoom > 0, !alertLines.isEmpty {
            alertParagraph.render(in: Rect(x: area.x, y: area.y + row, width: area.width, height: alertsRoom), buffer: &buffer)
        }
    }

    /// Short panes: the four scores on two lines, then the health table, then the newest alert if room.
    private func renderCompact(_ d: ShopDashboard, in area: Rect, buffer: inout Buffer) {
        var lines: [Line] = []
        for pair in [[ScoreKind.overall, .product], [.logistics, .service]] {
            var spans: [Span] = []
            for kind in pair {
                let value = d.score.value(kind)
                spans += [Span(TextWidth.pad(kind.title, to: 10), style: kind == .overall ? theme.accent : theme.text),
                          Span(Format.score(value), style: scoreStyle(value, d)),
                          Span(" " + TextWidth.pad(Format.change(d.score.change7d[kind]), to: 6) + " 7d    ", style: theme.muted)]
            }
            lines.append(Line(spans: spans))
        }
        for (index, line) in lines.enumerated() { PaneFrame.put(line, row: index, in: area, buffer: &buffer, theme: theme) }
        let table = healthTable(d)
        let tableHeight = min(table.rows.count + 1, max(0, area.height - 2))
        table.render(in: Rect(x: area.x, y: area.y + 2, width: area.width, height: tableHeight), buffer: &buffer)
        if let alert = d.alerts.first, area.height > tableHeight + 2 {
            PaneFrame.put(Line(spans: [Span("⚠ " + alert.what, style: theme.warn), Span(" · " + alert.causes.joined(separator: " · "))]),
                          row: tableHeight + 2, in: area, buffer: &buffer, theme: theme)
        }
    }

    /// The seven computed health metrics against their targets.
    private func healthTable(_ d: ShopDashboard) -> Table {
        let columns = [TableColumn("HEALTH, computed", minWidth: 16, maxWidth: 28, weight: 3),
                       TableColumn("WINDOW", minWidth: 6, maxWidth: 6, alignment: .right),
                       TableColumn("VALUE", minWidth: 6, maxWidth: 6, alignment: .right),
                       TableColumn("TARGET", minWidth: 7, maxWidth: 7),
                       TableColumn("", minWidth: 1, maxWidth: 1)]
        let rows: [[Line]] = d.metrics.map { m in
            let met = m.isMet
            return [Line(m.key.title), Line("\(m.windowDays) d", style: theme.muted),
                    Line(Format.metricValue(m), style: met == false ? theme.bad : met == true ? theme.good : theme.muted),
                    Line(Format.metricTarget(m), style: theme.muted),
                    Line(met == nil ? "·" : met! ? "✓" : "✗", style: met == false ? theme.bad : theme.good)]
        }
        return Table(columns: columns, rows: rows, style: theme.text, headerStyle: theme.header, selectionSymbol: "",
                     columnSpacing: 1)
    }

    private func scoreStyle(_ value: Double?, _ d: ShopDashboard) -> Style {
        guard let value else { return theme.muted }
        if value < d.score.redBelow { return theme.bad }
        if value < d.score.greenFrom { return theme.warn }
        return theme.good
    }

    /// The sparkline's vertical range: the series' own, widened to at least 0.20 so noise stays flat.
    private func scale(_ values: [Double?]) -> ClosedRange<Double> {
        let present = values.compactMap { $0 }
        guard let low = present.min(), let high = present.max() else { return 4.0...5.0 }
        let middle = (low + high) / 2
        let half = max(0.10, (high - low) / 2)
        return (middle - half)...(middle + half)
    }

    /// Averages a long series into `width` buckets so 90 days fit a narrow column.
    private func compress(_ values: [Double?], to width: Int) -> [Double?] {
        guard width > 0, values.count > width else { return values }
        return (0..<width).map { bucket in
            let lower = bucket * values.count / width
            let upper = max(lower + 1, (bucket + 1) * values.count / width)
            let present = values[lower..<upper].compactMap { $0 }
            return present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
        }
    }
}
