import DSRMetrics
import DSRModel
import Foundation

/// How figures read on screen: short, aligned, with units.
enum Format {
    /// 0.0312 → "3.1%".
    static func percent(_ value: Double?, digits: Int = 1) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(format: "%.\(digits)f%%", value * 100)
    }

    /// 4.537 → "4.54".
    static func score(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(format: "%.2f", value)
    }

    /// A signed change with an arrow: "▲0.02", "▼0.05", "=0.00".
    static func change(_ value: Double?, digits: Int = 2, scale: Double = 1) -> String {
        guard let value, value.isFinite else { return "" }
        let shown = value * scale
        let rounded = (shown * pow(10, Double(digits))).rounded() / pow(10, Double(digits))
        let arrow = rounded > 0 ? "▲" : rounded < 0 ? "▼" : "="
        return arrow + String(format: "%.\(digits)f", abs(rounded))
    }

    /// Hours as "31 h", or days as "3 d" past 72 hours; negative values keep their sign.
    static func hours(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let sign = value < 0 ? "−" : ""
        let magnitude = abs(value)
        if magnitude >= 72 { return sign + "\(Int((magnitude / 24).rounded(.down))) d" }
        return sign + "\(Int(magnitude.rounded(.down))) h"
    }

    /// Days with one decimal under 10: "2.5 d", "24 d".
    static func days(_ value: Double?, signed: Bool = false) -> String {
        guard let value, value.isFinite else { return "—" }
        let sign = signed && value > 0 ? "+" : value < 0 ? "−" : ""
        let magnitude = abs(value)
        // Down, as the report and metrics.md count whole days late.
        let body = magnitude < 10 ? String(format: "%.1f", (magnitude * 10).rounded(.down) / 10) : String(Int(magnitude.rounded(.down)))
        return sign + body + " d"
    }

    /// An amount with its currency: "$3.91", "£2.10", "12.50 EUR".
    static func money(_ value: Double?, currency: String?) -> String {
        guard let value, value.isFinite else { return "—" }
        switch currency?.uppercased() {
        case "USD", nil: return String(format: "$%.2f", value)
        case "GBP": return String(format: "£%.2f", value)
        case "EUR": return String(format: "€%.2f", value)
        case let code?: return String(format: "%.2f ", value) + code
        }
    }

    /// Money as stored: "$27.66".
    static func money(_ money: Money?) -> String {
        guard let money else { return "—" }
        return self.money(money.majorUnits, currency: money.currency)
    }

    /// "2026-12-04 14:05" in UTC.
    static func minute(_ instant: EpochSeconds?) -> String {
        guard let instant else { return "—" }
        return UTCTime.minute(instant)
    }

    /// "12-04 14:05" in UTC, for dense rows.
    static func shortMinute(_ instant: EpochSeconds?) -> String {
        guard let instant else { return "—" }
        return String(UTCTime.minute(instant).dropFirst(5))
    }


    /// A coarse age: "45 s", "12 min", "3 h", "2 d".
    static func age(seconds: Double) -> String {
        let s = max(0, seconds)
        if s < 90 { return "\(Int(s)) s" }
        if s < 5400 { return "\(Int(s / 60)) min" }
        if s < 72 * 3600 { return "\(Int(s / 3600)) h" }
        return "\(Int(s / 86400)) d"
    }

    /// The last `count` characters of an id, with a leading ellipsis: "…0519372".
    static func tail(_ id: String?, _ count: Int = 7) -> String {
        guard let id, !id.isEmpty else { return "—" }
        return id.count <= count + 1 ? id : "…" + id.suffix(count)
    }

    /// A metric's value in its unit.
    static func metricValue(_ metric: HealthMetric) -> String {
        metric.key.isRate ? percent(metric.value) : metric.value.map { String(format: "%.1f h", $0) } ?? "—"
    }

    /// A metric's target: "< 4.0%", "> 95%", "< 12 h".
    static func metricTarget(_ metric: HealthMetric) -> String {
        let sign = metric.target.comparison == .below ? "<" : ">"
        let value = metric.key.isRate ? percentTrim(metric.target.value) : String(format: "%g h", metric.target.value)
        return "\(sign) \(value)"
    }

    /// 0.95 → "95%", 0.015 → "1.5%".
    static func percentTrim(_ value: Double) -> String {
        let p = value * 100
        return p == p.rounded() ? "\(Int(p))%" : String(format: "%.1f%%", p)
    }

    /// A coefficient in [-1, 1] without the leading zero: 0.63 → ".63", -0.2 → "−.20".
    static func unitInterval(_ value: Double) -> String {
        let text = String(format: "%.2f", abs(value))
        return (value < 0 ? "−" : "") + (text.hasPrefix("0") ? String(text.dropFirst()) : text)
    }

    /// A compact age for dense lines: "45s", "12m", "3h", "2d".
    static func shortAge(seconds: Double) -> String {
        let s = max(0, seconds)
        if s < 60 { return "\(Int(s))s" }
        if s < 3600 { return "\(Int(s / 60))m" }
        if s < 48 * 3600 { return "\(Int(s / 3600))h" }
        return "\(Int(s / 86400))d"
    }
}
