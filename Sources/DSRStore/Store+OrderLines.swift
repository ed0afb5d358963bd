import DSRModel

extension Store {
    /// Inserts or updates one line of an order, keyed by (order, line id), without touching the order's other
    /// lines: how export rows (one per SKU, possibly spread through a file) are stored. The order must exist.
    /// Missing incoming facts keep the stored ones; the same line again is unchanged.
    @discardableResult
    public func upsertLine(_ line: OrderLine, orderID: String) throws -> UpsertOutcome {
        let values: [SQLBindable] = [
            orderID, line.lineID, line.skuID.sqlValue, line.sellerSKU.sqlValue, line.productName.sqlValue,
            line.variant.sqlValue, line.quantity, (line.unitPrice?.minorUnits).sqlValue,
            (line.unitPrice?.currency).sqlValue, line.batch.sqlValue, line.trackingNumber.sqlValue,
        ]
        let insert = try database.cached("""
            INSERT INTO order_lines(order_id, line_id, sku_id, seller_sku, product_name, variant, quantity,
                unit_price_minor, currency, batch, tracking_number)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT(order_id, line_id) DO NOTHING
            """)
        try insert.execute(values)
        insert.reset()
        if database.changes > 0 { return .inserted }
        let update = try database.cached("""
            UPDATE order_lines SET sku_id = coalesce(?3, sku_id), seller_sku = coalesce(?4, seller_sku),
                product_name = coalesce(?5, product_name), variant = coalesce(?6, variant), quantity = ?7,
                unit_price_minor = coalesce(?8, unit_price_minor), currency = coalesce(?9, currency),
                batch = coalesce(?10, batch), tracking_number = coalesce(?11, tracking_number)
            WHERE order_id = ?1 AND line_id = ?2 AND NOT (
                sku_id IS coalesce(?3, sku_id) AND seller_sku IS coalesce(?4, seller_sku)
                AND product_name IS coalesce(?5, product_name) AND variant IS coalesce(?6, variant)
                AND quantity IS ?7 AND unit_price_minor IS coalesce(?8, unit_price_minor)
                AND currency IS coalesce(?9, currency) AND batch IS coalesce(?10, batch)
                AND tracking_number IS coalesce(?11, tracking_number))
            """)
        try update.execute(values)
        update.reset()
        return database.changes > 0 ? .updated : .unchanged
    }

    /// Whether an order with this id is stored.
    public func hasOrder(id: String) throws -> Bool {
        try database.scalarInt("SELECT count(*) FROM orders WHERE id = ?", [id]) ?? 0 > 0
    }

    /// Whether a known order claims this tracking number (its own, a line's, or the parcel's order reference).
    public func isTrackingLinked(_ trackingNumber: String) throws -> Bool {
        try database.scalarInt("""
            SELECT EXISTS(SELECT 1 FROM orders WHERE tracking_number = ?1)
                OR EXISTS(SELECT 1 FROM order_lines WHERE tracking_number = ?1)
                OR EXISTS(SELECT 1 FROM parcels p JOIN orders o ON o.id = p.order_ref WHERE p.tracking_number = ?1)
            """, [trackingNumber]) ?? 0 > 0
    }

    /// Whether any of a ticket's order references names a known order.
    public func isTicketLinked(source: TicketSource, id: String) throws -> Bool {
        try database.scalarInt("""
            SELECT EXISTS(SELECT 1 FROM ticket_order_refs r JOIN orders o ON o.id = r.ref
                WHERE r.source = ? AND r.ticket_id = ?)
            """, [source.rawValue, id]) ?? 0 > 0
    }
}
