import DSRModel

/// Sums campaign days the way metrics.md asks: a missing value (`-`, `--`, `<5`) is left out, never read as 0,
/// and each ratio is taken over the campaign days that report both of its parts.
struct AdTotals {
    var spend: Double?
    var impressions: Int?
    var clicks: Int?
    var conversions: Int?
    private var cvrParts = (conversions: 0, clicks: 0)
    private var cpmParts = (spend: 0.0, impressions: 0)
    private var cpaParts = (spend: 0.0, conversions: 0)

    init<S: Sequence>(_ days: S) where S.Element == AdDay {
        for d in days {
            if let s = d.spend { spend = (spend ?? 0) + s }
            if let i = d.impressions { impressions = (impressions ?? 0) + i }
            if let c = d.clicks { clicks = (clicks ?? 0) + c }
            if let v = d.conversions { conversions = (conversions ?? 0) + v }
            if let c = d.clicks, let v = d.conversions {
                cvrParts.clicks += c
                cvrParts.conversions += v
            }
            if let s = d.spend, let i = d.impressions {
                cpmParts.spend += s
                cpmParts.impressions += i
            }
            if let s = d.spend, let v = d.conversions {
                cpaParts.spend += s
                cpaParts.conversions += v
            }
        }
    }

    var cvr: Double? { cvrParts.clicks > 0 ? Double(cvrParts.conversions) / Double(cvrParts.clicks) : nil }
    var cpm: Double? { cpmParts.impressions > 0 ? cpmParts.spend / Double(cpmParts.impressions) * 1000 : nil }
    var cpa: Double? { cpaParts.conversions > 0 ? cpaParts.spend / Double(cpaParts.conversions) : nil }
}
