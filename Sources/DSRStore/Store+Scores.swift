import DSRModel
import Foundation

extension Store {
    /// Inserts or updates a day's official score.
    @discardableResult
    public func upsert(_ rating: ShopRating) throws -> UpsertOutcome {
        let raw: String? = rating.rawRates.isEmpty ? nil
            : rating.rawRates.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
        let fields: [(String, SQLBindable?)] = [
            ("overall", rating.overall), ("product", rating.product), ("logistics", rating.logistics),
            ("service", rating.service), ("raw_rates", raw),
        ]
        return try upsert(table: "shop_ratings", key: [("shop_id", rating.shopID), ("day", rating.date.description)],
                          values: fields, hash: RowHasher.hash(fields.map(\.1)), merge: false)
    }

    /// A shop's daily official scores, oldest first.
    public func ratings(shopID: String) throws -> [ShopRating] {
        try database.rows("""
            SELECT shop_id, day, overall, product, logistics, service, raw_rates FROM shop_ratings
            WHERE shop_id = ? ORDER BY day
            """, [shopID]) { r in
            var rates: [String: Double] = [:]
            for pair in (r.string(6) ?? "").split(separator: ";") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                if kv.count == 2, let v = Double(kv[1]) { rates[String(kv[0])] = v }
            }
            return ShopRating(shopID: r.string(0) ?? "", date: CalendarDay(iso: r.string(1) ?? "") ?? CalendarDay(daysSinceEpoch: 0),
                              overall: r.double(2), product: r.double(3), logistics: r.double(4), service: r.double(5),
                              rawRates: rates)
        }
    }

    /// Inserts or updates one campaign's day of ad figures.
    @discardableResult
    public func upsert(_ ad: AdDay) throws -> UpsertOutcome {
        let fields: [(String, SQLBindable?)] = [
            ("campaign_name", ad.campaignName), ("spend", ad.spend), ("impressions", ad.impressions),
            ("clicks", ad.clicks), ("conversions", ad.conversions), ("currency", ad.currency),
        ]
        return try upsert(table: "ad_days",
                          key: [("shop_id", ad.shopID), ("day", ad.date.description), ("campaign_id", ad.campaignID)],
                          values: fields, hash: RowHasher.hash(fields.map(\.1)), merge: false)
    }

    /// A shop's ad figures per campaign and day, oldest first.
    public func adDays(shopID: String) throws -> [AdDay] {
        try database.rows("""
            SELECT shop_id, day, campaign_id, campaign_name, spend, impressions, clicks, conversions, currency
            FROM ad_days WHERE shop_id = ? ORDER BY day, campaign_id
            """, [shopID]) { r in
            AdDay(shopID: r.string(0) ?? "", date: CalendarDay(iso: r.string(1) ?? "") ?? CalendarDay(daysSinceEpoch: 0),
                  campaignID: r.string(2) ?? "", campaignName: r.string(3), spend: r.double(4), impressions: r.int(5),
                  clicks: r.int(6), conversions: r.int(7), currency: r.string(8))
        }
    }
}
