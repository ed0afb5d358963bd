import DSRModel

extension Store {
    /// Inserts or updates a review (a buyer may edit once; the imported version replaces the stored one).
    @discardableResult
    public func upsert(_ review: Review) throws -> UpsertOutcome {
        let fields: [(String, SQLBindable?)] = [
            ("shop_id", review.shopID), ("order_id", review.orderID), ("sku_id", review.skuID), ("rating", review.rating),
            ("text", review.text), ("created_at", review.createdAt), ("seller_reply", review.sellerReply),
            ("logistics_related", review.isLogisticsRelated),
        ]
        return try upsert(table: "reviews", key: [("id", review.id)], values: fields, hash: RowHasher.hash(fields.map(\.1)))
    }

    /// A shop's reviews (all shops when nil), oldest first.
    public func reviews(shopID: String?) throws -> [Review] {
        try database.rows(Store.reviewSelect + (shopID == nil ? "" : " WHERE shop_id = ?") + " ORDER BY created_at, id",
                          shopID.map { [$0] } ?? [], Store.review(from:))
    }

    /// The reviews of one order.
    public func reviews(orderID: String) throws -> [Review] {
        try database.rows(Store.reviewSelect + " WHERE order_id = ? ORDER BY created_at, id", [orderID], Store.review(from:))
    }

    static let reviewSelect = """
        SELECT id, shop_id, order_id, sku_id, rating, text, created_at, seller_reply, logistics_related FROM reviews
        """

    static func review(from r: Row) -> Review {
        Review(id: r.string(0) ?? "", shopID: r.string(1) ?? "", orderID: r.string(2), skuID: r.string(3),
               rating: r.int(4) ?? 0, text: r.string(5), createdAt: r.int64(6) ?? 0, sellerReply: r.string(7),
               isLogisticsRelated: r.bool(8))
    }
}
