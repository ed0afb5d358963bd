import DSRModel
import DSRStore

/// The daily official shop score (formats.md §9, our own CSV): `date, shop, overall, product, logistics,
/// service` (0–5) and optional raw rates (fractions or percentages). A score above 5 is rejected.
struct ShopRatingImporter: CSVImporter {
    enum Column: Int, CaseIterable {
        case date, shop, overall, product, logistics, service
        case lateDispatch, onTimeDelivery, sellerFaultCancellation, negativeReview, sellerFaultReturn, response12h
    }

    static let kind = ImportKind.shopRating

    static let aliases: [Column: [String]] = [
        .date: ["date", "day", "Date", "日期"],
        .shop: ["shop", "Shop Name", "Shop ID", "store", "店铺"],
        .overall: ["overall", "store_rating", "sps", "shop_performance_score", "score", "overall_score", "店铺评分", "综合评分"],
        .product: ["product", "product_satisfaction", "商品满意度"],
        .logistics: ["logistics", "fulfilment_logistics", "fulfillment_logistics", "fulfilment", "fulfillment", "物流"],
        .service: ["service", "customer_service", "客服", "服务"],
        .lateDispatch: ["late_dispatch_rate", "ldr"],
        .onTimeDelivery: ["on_time_delivery_rate", "otdr"],
        .sellerFaultCancellation: ["seller_fault_cancellation_rate"],
        .negativeReview: ["negative_review_rate", "nrr"],
        .sellerFaultReturn: ["seller_fault_return_rate"],
        .response12h: ["response_12h_rate"],
    ]

    static let required: [Column] = [.date, .overall]

    private static let rates: [(Column, String)] = [
        (.lateDispatch, "late_dispatch_rate"), (.onTimeDelivery, "on_time_delivery_rate"),
        (.sellerFaultCancellation, "seller_fault_cancellation_rate"), (.negativeReview, "negative_review_rate"),
        (.sellerFaultReturn, "seller_fault_return_rate"), (.response12h, "response_12h_rate"),
    ]

    private let map: HeaderMap<Column>
    private let session: ImportSession

    init(map: HeaderMap<Column>, session: ImportSession) throws {
        self.map = map
        self.session = session
    }

    func isSkippable(_ row: CSVReader, isFirst: Bool) -> Bool { isFirst && row.hasNoDigits(map[.date]) }

    mutating func importRow(_ r: CSVReader) throws {
        guard let dateText = r.text(map[.date]) else { throw RowProblem("date is empty") }
        guard let parsed = TimeParser.day(dateText, dayOrder: session.dayOrder ?? .dayFirst) else {
            throw RowProblem("date '\(dateText)' is not a real date")
        }
        guard let day = parsed else { throw RowProblem("date is empty") }
        let shop = try r.text(map[.shop]).map { try session.shop(named: $0) } ?? session.defaultShop()
        func score(_ c: Column, _ name: String) throws -> Double? {
            guard let v = try r.double(map[c], column: name) else { return nil }
            guard v >= 0, v <= 5 else { throw RowProblem("\(name) \(r.text(map[c]) ?? "") is outside 0–5") }
            return v
        }
        var rates: [String: Double] = [:]
        for (column, key) in Self.rates {
            guard case .value(let v) = try r.number(map[column], column: key) else { continue }
            let fraction = v.isPercent || v.double > 1 ? v.double / 100 : v.double
            guard fraction >= 0, fraction <= 1 else { throw RowProblem("\(key) \(r.text(map[column]) ?? "") is not a rate") }
            rates[key] = fraction
        }
        let rating = ShopRating(shopID: shop.id, date: day, overall: try score(.overall, "overall"),
                                product: try score(.product, "product"), logistics: try score(.logistics, "logistics"),
                                service: try score(.service, "service"), rawRates: rates)
        session.count(try session.store.upsert(rating))
    }
}
