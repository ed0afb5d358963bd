import Foundation
import DSRMetrics
import DSRModel
import TermRender

/// Pane 4: the last 7 days of CVR, CPM and CPA against the 7 before, the best-lag correlation of the score
/// with CVR, |r| by lag, and a braille scatter of the score against CVR that many days later.
struct AdsPane {
    let dashboard: ShopDashboard?
    let theme: Theme

    private var currency: String? { dashboard?.shop?.currency }

    /// The one-line summary shown when the pane is folded.
    func headline() -> Line {
        guard let d = dashboard else { return Line("no ad data", style: theme.muted) }
        let now = d.adLast7Days, before = d.adPrevious7Days
        func delta(_ a: Double?, _ b: Double?) -> Double? { a.flatMap { x in b.map { x - $0 } } }
        return Line(spans: [
            Span("7 d  ", style: theme.muted),
            Span("CVR "), Span(Format.percent(now.cvr), style: theme.accent),
            Span(" " + Format.change(delta(now.cvr, before.cvr), digits: 1, scale: 100) + "  ", style: changeStyle(delta(now.cvr, before.cvr), higherIsBetter: true)),
            Span("CPM "), Span(Format.money(now.cpm, currency: currency), style: theme.accent),
            Span(" " + Format.change(delta(now.cpm, before.cpm)) + "  ", style: changeStyle(delta(now.cpm, before.cpm), higherIsBetter: false)),
            Span("CPA "), Span(Format.money(now.cpa, currency: currency), style: theme.accent),
            Span(" " + Format.change(delta(now.cpa, before.cpa)), style: changeStyle(delta(now.cpa, before.cpa), higherIsBetter: false)),
        ])
    }

    /// The correlation sentence: "overall → CVR 2 days later  r 0.74  ρ 0.72  n 94  CI [0.63, 0.82]".
    func correlationLine() -> Line {
        guard let c = dashboard?.correlation(.overall) else { return Line("no official score to correlate", style: theme.muted) }
        guard c.isEnoughData, let lag = c.bestLag else {
            return Line("score × CVR: not enough data (n \(c.n) < \(c.minPairedDays) paired days)", style: theme.warn)
        }
        let ci = c.ci95.map { "[\(Format.unitInterval($0.lowerBound)), \(Format.unitInterval($0.upperBound))]" } ?? "—"
        return Line(spans: [
            Span("score → CVR \(lag == 0 ? "same day" : lag == 1 ? "1 day later" : "\(lag) days later")  ", style: theme.muted),
            Span("r " + Format.score(c.pearson), style: theme.accent), Span("  ρ " + Format.score(c.spearman), style: theme.accent),
            Span("  n \(c.n)  CI \(ci)", style: theme.muted),
        ])
    }

    /// Draws the pane's content.
    func render(in area: Rect, buffer: inout Buffer) {
        guard let d = dashboard, !d.adSeries.isEmpty else {
            PaneFrame.put(Line("no ad metrics imported yet: import a TikTok Ads report", style: theme.muted), row: 0,
                          in: area, buffer: &buffer, theme: theme)
            return
        }
        PaneFrame.put(headline(), row: 0, in: area, buffer: &buffer, theme: theme)
        PaneFrame.put(correlationLine(), row: 1, in: area, buffer: &buffer, theme: theme)
        var row = 2
        if let c = d.correlation(.overall), c.isEnoughData {
            var spans = [Span("|r| by lag ", style: theme.muted)]
            let blocks = Array(" ▁▂▃▄▅▆▇█")
            for lag in c.lags {
                let magnitude = abs(lag.pearson ?? 0)
                let glyph = String(blocks[min(8, Int((magnitude * 8).rounded()))])
                spans.append(Span(" \(lag.lag)", style: theme.muted))
                spans.append(Span(glyph, style: lag.lag == c.bestLag ? theme.good : theme.text))
            }
            PaneFrame.put(Line(spans: spans), row: row, in: area, buffer: &buffer, theme: theme)
            row += 1
        }
        // The daily series side by side: CVR, CPM and CPA over the last days that fit.
        let each = max(4, (area.width - 5 - 3 * 5) / 3)
        let days = min(30, each)
        PaneFrame.put(Line("\(days) d", style: theme.muted), row: row, in: area, buffer: &buffer, theme: theme)
        var x = area.x + 5
        for (label, values, style) in [("CVR", d.adSeries.suffix(days).map(\.cvr), theme.accent),
                                       ("CPM", d.adSeries.suffix(days).map(\.cpm), theme.muted),
                                       ("CPA", d.adSeries.suffix(days).map(\.cpa), theme.muted)] {
            guard x + 4 < area.right else { break }
            _ = buffer.write(label, x: x, y: area.y + row, maxWidth: area.right - x, style: theme.muted)
            Sparkline(values: Array(values), style: style)
                .render(in: Rect(x: x + 4, y: area.y + row, width: max(0, min(days, area.right - x - 4)), height: 1), buffer: &buffer)
            x += 4 + days + 1
        }
        row += 1
        let footnote = "moves with the score; not proof that it causes it"
        let plotHeight = area.height - row - 1
        if plotHeight >= 4 {
            let points = scatterPoints(d)
            BrailleScatter(points: points, xLabel: "score", yLabel: "CVR",
                           xTickFormat: { String(format: "%.2f", $0) }, yTickFormat: { String(format: "%.1f%%", $0 * 100) },
                           axisStyle: theme.muted, pointStyle: theme.accent)
                .render(in: Rect(x: area.x, y: area.y + row, width: area.width, height: plotHeight), buffer: &buffer)
            row += plotHeight
        }
        PaneFrame.put(Line(footnote, style: theme.muted), row: row, in: area, buffer: &buffer, theme: theme)
    }

    /// (overall score on day t, CVR on day t + best lag) for every day both exist.
    private func scatterPoints(_ d: ShopDashboard) -> [(x: Double, y: Double)] {
        let lag = d.correlation(.overall)?.bestLag ?? 0
        let series = d.score.series90[.overall] ?? []
        let end = d.score.seriesEndDay
        var cvrByDay: [CalendarDay: Double] = [:]
        for point in d.adSeries { if let cvr = point.cvr { cvrByDay[point.date] = cvr } }
        var points: [(x: Double, y: Double)] = []
        for (index, value) in series.enumerated() {
            guard let score = value else { continue }
            let day = end.adding(days: index - series.count + 1)
            if let cvr = cvrByDay[day.adding(days: lag)] { points.append((score, cvr)) }
        }
        return points
    }

    private func changeStyle(_ delta: Double?, higherIsBetter: Bool) -> Style {
        guard let delta, abs(delta) > 1e-9 else { return theme.muted }
        return (delta > 0) == higherIsBetter ? theme.good : theme.bad
    }
}
