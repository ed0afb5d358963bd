import DSRMetrics
import DSRModel
import Foundation

/// The readable form of `dsrboard report`: aligned columns, colour only when asked (a terminal without NO_COLOR).
struct ReportSummary {
    let colour: Bool
    private var out = ""

    init(colour: Bool) { self.colour = colour }

    mutating func render(asOf: EpochSeconds, path: String, shops: [ShopDashboard], allShops: ShopDashboard?) -> String {
        out = style("DSRBoard report", "1") + " · as of \(UTCTime.iso8601(asOf)) · \(path)\n"
        if shops.isEmpty { out += "\nNo shops in the database yet.\n" }
        for d in shops { shop(d) }
        if let all = allShops, shops.count > 1 {
            out += "\n" + style("All shops (\(all.shops.count), sums of numerators and denominators)", "1") + "\n"
            metrics(all.metrics)
            problems(all, top: 0)
        }
        return out
    }

    private mutating func shop(_ d: ShopDashboard) {
        out += "\n" + style("\(d.shop?.name ?? "?") (\(d.shopID ?? "?"))", "1") + "\n"
        if let latest = d.score.latest {
            let band = d.score.band(.overall)
            let overall = latest.overall.map { fixed($0, 2) } ?? "-"
            var line = "  Score     " + style(overall, bandColour(band)) + (band.map { " (\($0.rawValue))" } ?? "")
            for kind in ScoreKind.subScores {
                line += "   \(kind.rawValue) " + (kind.value(in: latest).map { fixed($0, 2) } ?? "-")
            }
            line += "   7 d " + (d.score.change7d[.overall].map { signed($0, 2) } ?? "-") + "   (\(latest.date))"
            out += line + "\n"
        } else {
            out += "  Score     no official score imported\n"
        }
        metrics(d.metrics)
        out += "  Tickets   \(d.openTickets.count) open, \(d.ticketCounts.overdue) overdue · late parcels \(d.lateParcels.count)\n"
        problems(d, top: 5)
        if let c = d.correlation(.overall) {
            if let lag = c.bestLag, let r = c.pearson {
                let rho = c.spearman.map { fixed($0, 2) } ?? "-"
                let ci = c.ci95.map { " [\(fixed($0.lowerBound, 2)), \(fixed($0.upperBound, 2))]" } ?? ""
                out += "  Ads       overall score moves with CVR \(lag) d later: r \(fixed(r, 2))\(ci), ρ \(rho), n \(c.n)\n"
            } else {
                out += "  Ads       overall score × CVR: not enough data (most paired days \(c.n) < \(c.minPairedDays))\n"
            }
        }
        if d.alerts.isEmpty {
            out += "  Alerts    none\n"
        } else {
            out += "  Alerts\n"
            for a in d.alerts {
                out += "    \(a.date)  " + style(a.what, "33") + "\n"
                for cause in a.causes { out += "                ← \(cause)\n" }
            }
        }
    }

    private mutating func metrics(_ list: [HealthMetric]) {
        let width = MetricKey.allCases.map(\.title.count).max() ?? 20
        out += "  " + pad("Metric", width) + "  " + left("value", 7) + "  " + left("target", 8) + "  "
            + left("count", 11) + "  window  status\n"
        for m in list {
            let value = m.value.map { format($0, m.key) } ?? "no data"
            let target = m.target.comparison.rawValue + " " + format(m.target.value, m.key)
            let count = m.key.isRate ? "\(Int(m.numerator))/\(m.denominator)" : "n \(m.denominator)"
            let status: String
            switch m.isMet {
            case true?: status = style("met", "32")
            case false?: status = style("MISSED", "31;1")
            case nil: status = style("no data", "2")
            }
            out += "  " + pad(m.key.title, width) + "  " + left(value, 7) + "  " + left(target, 8) + "  "
                + left(count, 11) + "  " + left("\(m.windowDays) d", 6) + "  " + status + "\n"
        }
    }

    private mutating func problems(_ d: ShopDashboard, top: Int) {
        let counts = d.problemCountsByReason
        let parts = ProblemReason.allCases.compactMap { r in counts[r].flatMap { $0 > 0 ? "\(r.rawValue) \($0)" : nil } }
        out += "  Problems  \(d.problemOrders.count) orders" + (parts.isEmpty ? "" : ": " + parts.joined(separator: ", ")) + "\n"
        let shown = d.problemOrders.prefix(top)
        let width = shown.map(\.orderID.count).max() ?? 0
        for p in shown {
            out += "    " + pad(p.orderID, width) + "  " + p.details.map { "\($0.reason.title) \($0.summary)" }
                .joined(separator: " · ") + "\n"
        }
    }

    private func format(_ v: Double, _ key: MetricKey) -> String {
        key.isRate ? fixed(v * 100, 1) + "%" : fixed(v, 1) + " h"
    }

    private func fixed(_ v: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", v) }

    private func signed(_ v: Double, _ decimals: Int) -> String { (v > 0 ? "+" : "") + fixed(v, decimals) }

    private func bandColour(_ band: ScoreBand?) -> String {
        switch band {
        case .red?: return "31;1"
        case .amber?: return "33"
        case .green?: return "32"
        case nil: return "0"
        }
    }

    /// `text` wrapped in an SGR sequence when colour is on.
    private func style(_ text: String, _ sgr: String) -> String { colour ? "\u{1B}[\(sgr)m\(text)\u{1B}[0m" : text }

    /// Left-aligned in `width` columns (names are ASCII or counted per character; good enough for a summary).
    private func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }

    /// Right-aligned in `width` columns.
    private func left(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
}
