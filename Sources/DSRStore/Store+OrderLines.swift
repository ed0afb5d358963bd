import DSRModel

extension Store {
    /// Inserts or updates one line of an order, keyed by (order, line id), without touching the order's other
    /// lines: how export rows (one per SKU, possibly spread through a file) are stored. The order must exist.
    /// Missing incoming facts keep the stored ones; the same line again is unchanged.
    @discardableResult
    public func upsertLine(_ line: OrderLine, orderID: String) throws -> UpsertOutcome {
        try orderWriter.upsertLine(line, orderID: orderID)
    }

    /// Whether an order with this id is stored.
    public func hasOrder(id: String) throws -> Bool {
        try database.scalarInt("SELECT count(*) FROM orders WHERE id = ?", [id]) ?? 0 > 0
    }

    /// Whether a known order claims this tracking number (its own, a line's, or the parcel's order reference).
    public func isTrackingLinked(_ trackingNumber: String) throws -> Bool {
        try orderWriter.rebuildIndexes()  // the lookups below use the tracking indexes
        return try database.scalarInt("""
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
