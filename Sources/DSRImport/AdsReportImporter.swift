import DSRModel
import DSRStore
import Foundation

/// The TikTok Business API integrated report (formats.md §2): `data.list[] {dimensions, metrics}` with metrics as
/// strings, `-` for missing, `stat_time_day` as `YYYY-MM-DD HH:MM:SS` (or date-only) in the ad account's zone.
/// Rows of one campaign and day (ad-group or ad level) are summed.
struct AdsReportImporter: JSONImporter {
    static let kind = ImportKind.tiktokAds

    static func recognizes(_ value: Any) -> Bool {
        let list = (Envelope.at(value, ["data", "list"]) ?? value) as? [Any]
        guard let first = list?.first as? [String: Any] else { return false }
        return first["dimensions"] != nil && first["metrics"] != nil
    }

    private let session: ImportSession
    private var days: [String: AdDay] = [:]
    private var order: [String] = []

    init(session: ImportSession) { self.session = session }

    mutating func importDocument(_ value: Any, walker: RecordWalker) throws {
        try Envelope.checkCode(value, path: session.path)
        let path = Envelope.at(value, ["data", "list"]) != nil ? ["data", "list"] : []
        guard let list = (path.isEmpty ? value : Envelope.at(value, path)!) as? [Any] else {
            throw ImportFailure(path: session.path, reason: "not a tiktok-ads report: no data.list array")
        }
        var collected: [(String, AdDay)] = []
        try walker.each(list, at: path) { r in
            let d = r.record("dimensions") ?? JSONRecord([:])
            let m = r.record("metrics") ?? JSONRecord([:])
            guard let dayText = d.string("stat_time_day") ?? m.string("stat_time_day") else {
                throw RowProblem("the row has no stat_time_day: request the report with the stat_time_day dimension")
            }
            guard let parsed = TimeParser.day(dayText, dayOrder: .dayFirst), let day = parsed else {
                throw RowProblem("stat_time_day '\(dayText)' is not a real date")
            }
            guard let campaign = try d.id("campaign_id") ?? m.id("campaign_id") ?? d.id("adgroup_id") ?? d.id("ad_id")
                    ?? d.id("advertiser_id") else { throw RowProblem("the row has no campaign_id") }
            let shop = try session.defaultShop()
            func count(_ key: String) throws -> Int? {
                guard let v = try m.number(key) else { return nil }
                guard let i = v.integer, i >= 0 else { throw RowProblem("\(key) '\(m.string(key) ?? "")' is not a count") }
                return Int(i)
            }
            let ad = AdDay(shopID: shop.id, date: day, campaignID: campaign, campaignName: m.string("campaign_name"),
                           spend: try m.number("spend")?.double, impressions: try count("impressions"),
                           clicks: try count("clicks"), conversions: try count("conversion") ?? count("conversions"),
                           currency: m.string("currency") ?? shop.currency)
            collected.append(("\(shop.id)\u{1}\(day)\u{1}\(campaign)", ad))
        }
        for (key, ad) in collected {
            if var existing = days[key] {
                existing.spend = Self.sum(existing.spend, ad.spend)
                existing.impressions = Self.sum(existing.impressions, ad.impressions)
                existing.clicks = Self.sum(existing.clicks, ad.clicks)
                existing.conversions = Self.sum(existing.conversions, ad.conversions)
                existing.campaignName = existing.campaignName ?? ad.campaignName
                days[key] = existing
            } else {
                days[key] = ad
                order.append(key)
            }
        }
    }

    mutating func finish() throws {
        for key in order { session.count(try session.store.upsert(days[key]!)) }
    }

    private static func sum<T: AdditiveArithmetic>(_ a: T?, _ b: T?) -> T? {
        a == nil && b == nil ? nil : (a ?? .zero) + (b ?? .zero)
    }
}
