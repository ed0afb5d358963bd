import DSRModel
import DSRStore
import Foundation

/// The Ads Manager export (formats.md §2): `Campaign name`, `Cost`/`Spend`, `Impressions`, `Clicks (destination)`,
/// conversion columns, a date column (or a one-day range in the file name), `--` for empty, `<5` for masked
/// counts, `1.23%`, currency inside money cells, and a trailing `Total of N results` row (skipped). Rows of the
/// same campaign and day (ad-group or ad level) are summed; missing stays missing, never 0.
struct AdsManagerImporter: CSVImporter {
    enum Column: Int, CaseIterable {
        case date, campaignID, campaignName, cost, impressions, clicks, conversions, currency, shop
    }

    static let kind = ImportKind.tiktokAds

    static let aliases: [Column: [String]] = [
        .date: ["Date", "Day", "By Day", "Stat time day", "stat_time_day", "Time", "日期"],
        .campaignID: ["Campaign ID", "campaign_id", "广告系列ID"],
        .campaignName: ["Campaign name", "Campaign", "campaign_name", "广告系列名称", "广告系列"],
        .cost: ["Cost", "Spend", "Total cost", "Amount spent", "花费", "消耗"],
        .impressions: ["Impressions", "Impression", "展示次数", "展现量"],
        .clicks: ["Clicks (destination)", "Clicks", "Clicks (all)", "Destination clicks", "点击次数", "点击量"],
        .conversions: ["Conversions", "Conversion", "Purchases", "Purchases (website)", "Complete payment",
                       "Total purchases", "Orders", "Results", "转化数", "转化"],
        .currency: ["Currency", "币种"],
        .shop: ["Shop", "Shop Name", "店铺"],
    ]

    static let required: [Column] = [.campaignName, .cost]

    private struct Key: Hashable {
        var shop: String
        var day: CalendarDay
        var campaign: String
    }

    private let map: HeaderMap<Column>
    private let session: ImportSession
    private let fileDay: CalendarDay?
    private var days: [Key: AdDay] = [:]
    private var order: [Key] = []

    init(map: HeaderMap<Column>, session: ImportSession) throws {
        self.map = map
        self.session = session
        fileDay = Self.dayFromFileName(session.path)
        if !map.has(.date), fileDay == nil {
            throw ImportFailure(path: session.path, reason: "the Ads Manager export has no date column and its file name "
                                + "gives no single day: export it broken down by day")
        }
    }

    func isSkippable(_ row: CSVReader, isFirst: Bool) -> Bool { row.isTotalRow }

    mutating func importRow(_ r: CSVReader) throws {
        guard let name = r.text(map[.campaignName]) else { throw RowProblem("Campaign name is empty") }
        var day = fileDay
        if let dateText = r.text(map[.date]) {
            guard let parsed = TimeParser.day(dateText, dayOrder: session.dayOrder ?? .dayFirst), let d = parsed else {
                throw RowProblem("Date '\(dateText)' is not a real date")
            }
            day = d
        }
        guard let day else { throw RowProblem("Date is empty") }
        let shop = try r.text(map[.shop]).map { try session.shop(named: $0) } ?? session.defaultShop()
        var currency = r.text(map[.currency]) ?? shop.currency
        var spend: Double?
        if case .value(let v) = try r.number(map[.cost], column: "Cost", moneyDigits: Money.minorDigits(of: currency)) {
            spend = v.double
            if let c = v.currency { currency = c }
        }
        func count(_ c: Column, _ label: String) throws -> Int? {
            guard let v = try r.integer(map[c], column: label) else { return nil }
            guard v >= 0 else { throw RowProblem("\(label) \(v) is negative") }
            return Int(v)
        }
        let impressions = try count(.impressions, "Impressions")
        let clicks = try count(.clicks, "Clicks")
        let conversions = try count(.conversions, "Conversions")
        let campaign = r.text(map[.campaignID]) ?? name
        let key = Key(shop: shop.id, day: day, campaign: campaign)
        if var existing = days[key] {
            existing.spend = Self.sum(existing.spend, spend)
            existing.impressions = Self.sum(existing.impressions, impressions)
            existing.clicks = Self.sum(existing.clicks, clicks)
            existing.conversions = Self.sum(existing.conversions, conversions)
            days[key] = existing
        } else {
            days[key] = AdDay(shopID: shop.id, date: day, campaignID: campaign, campaignName: name, spend: spend,
                              impressions: impressions, clicks: clicks, conversions: conversions, currency: currency)
            order.append(key)
        }
    }

    mutating func finish() throws {
        for key in order { try Self.store(days[key]!, session: session) }
    }

    /// Stores a campaign day; rows summed into one count once per row they came from as far as outcomes go.
    static func store(_ day: AdDay, session: ImportSession) throws {
        session.count(try session.store.upsert(day))
    }

    private static func sum<T: AdditiveArithmetic>(_ a: T?, _ b: T?) -> T? {
        switch (a, b) {
        case (nil, nil): return nil
        default: return (a ?? .zero) + (b ?? .zero)
        }
    }

    /// `Campaign_20260101_20260101_GMT+0.csv` → 2026-01-01 when the range is one day.
    static func dayFromFileName(_ path: String) -> CalendarDay? {
        let name = (path as NSString).lastPathComponent
        let runs = name.split(whereSeparator: { !$0.isNumber }).filter { $0.count == 8 }
        if runs.count == 1 || (runs.count >= 2 && runs[0] == runs[1]) { return day(String(runs[0])) }
        return nil
    }

    private static func day(_ digits: String) -> CalendarDay? {
        guard let n = Int(digits) else { return nil }
        return CalendarDay(year: n / 10000, month: n / 100 % 100, day: n % 100)
    }
}
