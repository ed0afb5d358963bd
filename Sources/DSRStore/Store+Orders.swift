import DSRModel

extension Store {
    /// Inserts or updates an order with its lines. When the order changes, its lines are replaced by the
    /// incoming ones (when it brings any). Missing incoming facts keep what is stored.
    @discardableResult
    public func upsert(_ order: Order) throws -> UpsertOutcome { try orderWriter.upsert(order) }

    /// Inserts or updates a return/refund (keyed by order and SKU).
    @discardableResult
    public func upsert(_ record: ReturnRecord) throws -> UpsertOutcome {
        let fields: [(String, SQLBindable?)] = [
            ("kind", record.kind), ("reason", record.reason), ("quantity", record.quantity),
            ("refund_minor", record.refund?.minorUnits), ("currency", record.refund?.currency),
            ("requested_at", record.requestedAt),
        ]
        return try upsert(table: "returns", key: [("order_id", record.orderID), ("sku_id", record.skuID)],
                          values: fields, hash: RowHasher.hash(fields.map(\.1)))
    }

    /// The order with this id, with its lines.
    public func order(id: String) throws -> Order? {
        guard var order = try database.rows(Store.orderSelect + " WHERE id = ?", [id], Store.order(from:)).first
        else { return nil }
        order.lines = try lines(orderID: id)
        return order
    }

    /// Every order of a shop (all shops when nil), with lines when asked for.
    public func orders(shopID: String?, includeLines: Bool = true) throws -> [Order] {
        var orders = try shopID.map { try database.rows(Store.orderSelect + " WHERE shop_id = ?", [$0], Store.order(from:)) }
            ?? database.rows(Store.orderSelect, [], Store.order(from:))
        guard includeLines else { return orders }
        var lines: [String: [OrderLine]] = [:]
        let sql = "SELECT l.order_id, " + Store.lineColumns.map { "l." + $0 }.joined(separator: ", ")
            + " FROM order_lines l" + (shopID == nil ? "" : " JOIN orders o ON o.id = l.order_id WHERE o.shop_id = ?")
            + " ORDER BY l.order_id, l.line_id"
        _ = try database.rows(sql, shopID.map { [$0] } ?? []) { r -> Void in
            lines[r.string(0) ?? "", default: []].append(Store.line(from: r, offset: 1))
        }
        for i in orders.indices { orders[i].lines = lines[orders[i].id] ?? [] }
        return orders
    }

    /// The lines of one order.
    public func lines(orderID: String) throws -> [OrderLine] {
        try database.rows("SELECT " + Store.lineColumns.joined(separator: ", ")
                          + " FROM order_lines WHERE order_id = ? ORDER BY line_id", [orderID]) {
            Store.line(from: $0, offset: 0)
        }
    }

    /// Returns and refunds on a shop's orders (all shops when nil).
    public func returns(shopID: String?) throws -> [ReturnRecord] {
        let sql = """
            SELECT r.order_id, r.sku_id, r.kind, r.reason, r.quantity, r.refund_minor, r.currency, r.requested_at
            FROM returns r
            """ + (shopID == nil ? "" : " JOIN orders o ON o.id = r.order_id WHERE o.shop_id = ?")
            + " ORDER BY r.order_id, r.sku_id"
        return try database.rows(sql, shopID.map { [$0] } ?? [], Store.returnRecord(from:))
    }

    /// Returns and refunds of one order.
    public func returns(orderID: String) throws -> [ReturnRecord] {
        try database.rows("""
            SELECT order_id, sku_id, kind, reason, quantity, refund_minor, currency, requested_at
            FROM returns WHERE order_id = ? ORDER BY sku_id
            """, [orderID], Store.returnRecord(from:))
    }

    static let orderSelect = """
        SELECT id, shop_id, status, source_status, created_at, paid_at, updated_at, rts_at, collected_at,
            delivered_at, cancelled_at, cancel_initiator, cancel_reason, dispatch_deadline, delivery_deadline,
            total_minor, currency, buyer_region, buyer_postal_code, tracking_number, shipping_provider,
            delivery_option, fulfillment_type, buyer_message
        FROM orders
        """

    static let lineColumns = ["line_id", "sku_id", "seller_sku", "product_name", "variant", "quantity",
                              "unit_price_minor", "currency", "batch", "tracking_number"]

    static func order(from r: Row) -> Order {
        Order(id: r.string(0) ?? "", shopID: r.string(1) ?? "", status: r.string(2).flatMap(OrderStatus.init(rawValue:)),
              sourceStatus: r.string(3), createdAt: r.int64(4), paidAt: r.int64(5), updatedAt: r.int64(6),
              rtsAt: r.int64(7), collectedAt: r.int64(8), deliveredAt: r.int64(9), cancelledAt: r.int64(10),
              cancelInitiator: r.string(11).flatMap(CancelInitiator.init(rawValue:)), cancelReason: r.string(12),
              dispatchDeadline: r.int64(13), deliveryDeadline: r.int64(14),
              total: r.int64(15).map { Money(minorUnits: $0, currency: r.string(16)) }, buyerRegion: r.string(17),
              buyerPostalCode: r.string(18), trackingNumber: r.string(19), shippingProvider: r.string(20),
              deliveryOption: r.string(21), fulfillmentType: r.string(22), buyerMessage: r.string(23))
    }

    static func line(from r: Row, offset o: Int32) -> OrderLine {
        OrderLine(lineID: r.string(o) ?? "", skuID: r.string(o + 1), sellerSKU: r.string(o + 2),
                  productName: r.string(o + 3), variant: r.string(o + 4), quantity: r.int(o + 5) ?? 0,
                  unitPrice: r.int64(o + 6).map { Money(minorUnits: $0, currency: r.string(o + 7)) },
                  batch: r.string(o + 8), trackingNumber: r.string(o + 9))
    }

    static func returnRecord(from r: Row) -> ReturnRecord {
        ReturnRecord(orderID: r.string(0) ?? "", skuID: r.string(1) ?? "", kind: r.string(2), reason: r.string(3),
                     quantity: r.int(4), refund: r.int64(5).map { Money(minorUnits: $0, currency: r.string(6)) },
                     requestedAt: r.int64(7))
    }
}
