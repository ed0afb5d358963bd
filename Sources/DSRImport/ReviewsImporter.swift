import DSRModel
import DSRStore

/// Product reviews (formats.md §9, our own CSV): `review_id, order_id, sku_id, rating (1–5), review_text,
/// created_at, seller_reply, shop, logistics_related`. A rating outside 1–5 is rejected.
struct ReviewsImporter: CSVImporter {
    enum Column: Int, CaseIterable {
        case reviewID, orderID, skuID, rating, text, createdAt, sellerReply, shop, logisticsRelated
    }

    static let kind = ImportKind.tiktokReviews

    static let aliases: [Column: [String]] = [
        .reviewID: ["review_id", "Review ID", "评价ID", "评论ID"],
        .orderID: ["order_id", "Order ID", "订单号", "订单ID"],
        .skuID: ["sku_id", "SKU ID", "SKU编号"],
        .rating: ["rating", "Stars", "Star Rating", "Star", "Score", "评分", "星级"],
        .text: ["review_text", "Review", "Review Content", "Content", "Comment", "评价内容", "评论内容"],
        .createdAt: ["created_at", "Review Time", "Created Time", "Create Time", "Date", "评价时间", "创建时间"],
        .sellerReply: ["seller_reply", "Reply", "Seller Response", "商家回复", "卖家回复"],
        .shop: ["shop", "Shop Name", "Shop ID", "Store", "店铺", "店铺名称"],
        .logisticsRelated: ["logistics_related", "Logistics", "Is Logistics", "物流相关"],
    ]

    static let required: [Column] = [.rating, .createdAt, .reviewID]

    private let map: HeaderMap<Column>
    private let session: ImportSession

    init(map: HeaderMap<Column>, session: ImportSession) throws {
        self.map = map
        self.session = session
    }

    func isSkippable(_ row: CSVReader, isFirst: Bool) -> Bool { isFirst && row.hasNoDigits(map[.rating]) }

    mutating func importRow(_ r: CSVReader) throws {
        guard let id = r.text(map[.reviewID]) else { throw RowProblem("review_id is empty") }
        guard let ratingText = r.text(map[.rating]) else { throw RowProblem("rating is empty") }
        let digits = ratingText.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let value = Double(digits), value == value.rounded() else {
            throw RowProblem("rating '\(ratingText)' is not a whole number of stars")
        }
        guard value >= 1, value <= 5 else { throw RowProblem("rating \(ratingText) is outside 1–5") }
        let stars = Int(value)
        let shop = try r.text(map[.shop]).map { try session.shop(named: $0) } ?? session.defaultShop()
        guard let created = try session.time(r.bytes(map[.createdAt]), column: "created_at", zone: session.zone(for: shop))
        else { throw RowProblem("created_at is empty") }
        var logistics: Bool?
        if let l = r.text(map[.logisticsRelated])?.lowercased() {
            switch l {
            case "true", "yes", "y", "1", "是": logistics = true
            case "false", "no", "n", "0", "否": logistics = false
            default: throw RowProblem("logistics_related '\(l)' is not true or false")
            }
        }
        let orderID = r.text(map[.orderID])
        let review = Review(id: id, shopID: shop.id, orderID: orderID, skuID: r.text(map[.skuID]), rating: stars,
                            text: r.text(map[.text]), createdAt: created.instant, sellerReply: r.text(map[.sellerReply]),
                            isLogisticsRelated: logistics)
        session.count(try session.store.upsert(review))
        if let orderID { session.orderRefsToCheck.append(orderID) } else { session.orderRefsToCheck.append("") }
    }
}
