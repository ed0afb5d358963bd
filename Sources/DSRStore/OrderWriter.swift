import CSQLite
import DSRModel

/// Writes orders and their lines with statements prepared once per connection and values bound by position:
/// the hot path of importing a million-row order export. Same rules as the other upserts: a record imported
/// again unchanged is unchanged, an older `updated_at` loses, a missing fact keeps the stored one.
final class OrderWriter {
    private let database: Database
    private var statements: Statements?

    private struct Statements {
        let insert, select, update, deleteLines, insertLine, insertLineIfNew, updateLine: Statement
    }

    /// The columns after `id`, in binding order (`?2…?24`); `row_hash` is `?25`.
    private static let columns = [
        "shop_id", "status", "source_status", "created_at", "paid_at", "updated_at", "rts_at", "collected_at",
        "delivered_at", "cancelled_at", "cancel_initiator", "cancel_reason", "dispatch_deadline", "delivery_deadline",
        "total_minor", "currency", "buyer_region", "buyer_postal_code", "tracking_number", "shipping_provider",
        "delivery_option", "fulfillment_type", "buyer_message",
    ]

    private static let lineColumns = ["sku_id", "seller_sku", "product_name", "variant", "quantity", "unit_price_minor",
                                      "currency", "batch", "tracking_number"]

    /// Rows inserted into orders and order_lines in a transaction before their secondary indexes are dropped and
    /// rebuilt at commit: below it, maintaining them row by row is cheap; above it, one sorted `CREATE INDEX` per
    /// index is several times cheaper than a million random B-tree insertions.
    var deferIndexesAfter = 50_000

    /// Which transaction the counts below belong to (`Database.transactionSerial`).
    private var serial = -1
    /// Rows inserted into orders and order_lines in that transaction.
    private var insertedRows = 0
    /// Orders stored when the transaction wrote its first row (rebuilding indexes of a much larger table than
    /// the import adds would cost more than it saves).
    private var ordersBefore: Int64 = 0
    /// Whether the indexes were dropped (and rebuilt, or due to be) in that transaction.
    private var deferred = false
    /// The `CREATE INDEX` statements of the indexes dropped in that transaction, to run again before it commits.
    private var droppedIndexes: [String] = []

    init(database: Database) { self.database = database }

    /// Counts `rows` inserted rows; inside a transaction that has inserted many more rows than orders were stored,
    /// drops the secondary indexes of orders and order_lines until just before commit.
    private func noteInserted(_ rows: Int) throws {
        guard database.isInTransaction else { return }
        if serial != database.transactionSerial {
            serial = database.transactionSerial
            insertedRows = 0
            deferred = false
            droppedIndexes = []
            ordersBefore = try database.scalarInt("SELECT coalesce(max(rowid), 0) FROM orders") ?? 0
        }
        insertedRows += rows
        if !deferred, insertedRows >= deferIndexesAfter, Int64(insertedRows) >= ordersBefore {
            try dropSecondaryIndexes()
        }
    }

    /// Drops the non-unique indexes of orders and order_lines (not their keys) inside the open transaction and
    /// registers their rebuild, from the same SQL text, before it commits. A rollback restores them untouched.
    private func dropSecondaryIndexes() throws {
        deferred = true
        let indexes = try database.rows("""
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND tbl_name IN ('orders', 'order_lines') AND sql IS NOT NULL
                AND sql NOT LIKE 'CREATE UNIQUE %'
            ORDER BY rowid
            """) { ($0.string(0) ?? "", $0.string(1) ?? "") }
        guard !indexes.isEmpty else { return }
        for (name, _) in indexes {
            // The name comes from sqlite_master, never from input.
            try database.execute("DROP INDEX \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
        }
        droppedIndexes = indexes.map(\.1)
        database.beforeCommit { [weak self] in try self?.rebuildIndexes() }
    }

    /// Creates the indexes dropped in the open transaction again (a no-op when none are missing). Reads that
    /// need them within the transaction call this first.
    func rebuildIndexes() throws {
        guard database.isInTransaction, serial == database.transactionSerial, !droppedIndexes.isEmpty else { return }
        let sqls = droppedIndexes
        droppedIndexes = []
        for sql in sqls { try database.execute(sql) }
    }

    private func prepared() throws -> Statements {
        if let statements { return statements }
        let c = Self.columns
        let marks = (1...c.count + 2).map { "?\($0)" }.joined(separator: ", ")
        let sets = c.enumerated().map { "\($1) = coalesce(?\($0 + 2), \($1))" }.joined(separator: ", ")
        let lineNames = "order_id, line_id, " + Self.lineColumns.joined(separator: ", ")
        let lineMarks = (1...Self.lineColumns.count + 2).map { "?\($0)" }.joined(separator: ", ")
        // Quantity is always given, so it is set as is; the other line facts merge.
        let lineSets = Self.lineColumns.enumerated().map { i, name in
            name == "quantity" ? "quantity = ?\(i + 3)" : "\(name) = coalesce(?\(i + 3), \(name))"
        }
        let lineSame = Self.lineColumns.enumerated().map { i, name in
            name == "quantity" ? "quantity IS ?\(i + 3)" : "\(name) IS coalesce(?\(i + 3), \(name))"
        }
        let s = Statements(
            insert: try database.prepare("INSERT INTO orders(id, \(c.joined(separator: ", ")), row_hash) VALUES (\(marks)) "
                                         + "ON CONFLICT(id) DO NOTHING"),
            select: try database.prepare("SELECT row_hash, updated_at FROM orders WHERE id = ?1"),
            update: try database.prepare("UPDATE orders SET \(sets), row_hash = ?\(c.count + 2) WHERE id = ?1"),
            deleteLines: try database.prepare("DELETE FROM order_lines WHERE order_id = ?1"),
            insertLine: try database.prepare("INSERT INTO order_lines(\(lineNames)) VALUES (\(lineMarks))"),
            insertLineIfNew: try database.prepare("INSERT INTO order_lines(\(lineNames)) VALUES (\(lineMarks)) "
                                                  + "ON CONFLICT(order_id, line_id) DO NOTHING"),
            updateLine: try database.prepare("UPDATE order_lines SET \(lineSets.joined(separator: ", ")) "
                                             + "WHERE order_id = ?1 AND line_id = ?2 AND NOT ("
                                             + lineSame.joined(separator: " AND ") + ")"))
        statements = s
        return s
    }

    /// Inserts or updates an order; when it changes and brings lines, its lines are replaced by them.
    func upsert(_ order: Order) throws -> UpsertOutcome {
        let s = try prepared()
        let hash = Self.hash(order)
        try bindOrder(order, hash: hash, to: s.insert)
        try s.insert.run()
        var outcome = UpsertOutcome.inserted
        if database.changes == 0 {
            try s.select.bindText(order.id, at: 1)
            guard try s.select.step() else { s.select.reset(); return .unchanged }
            let row = Row(statement: s.select)
            let storedHash = row.int64(0), storedUpdated = row.int64(1)
            s.select.reset()
            if storedHash == hash { return .unchanged }
            if let incoming = order.updatedAt, let storedUpdated, incoming < storedUpdated { return .unchanged }
            try bindOrder(order, hash: hash, to: s.update)
            try s.update.run()
            outcome = .updated
            if !order.lines.isEmpty {
                try s.deleteLines.bindText(order.id, at: 1)
                try s.deleteLines.run()
            }
        }
        for line in order.lines {
            try bindLine(line, orderID: order.id, to: s.insertLine)
            try s.insertLine.run()
        }
        try noteInserted((outcome == .inserted ? 1 : 0) + order.lines.count)
        return outcome
    }

    /// Inserts or updates one line of an order without touching its other lines.
    func upsertLine(_ line: OrderLine, orderID: String) throws -> UpsertOutcome {
        let s = try prepared()
        try bindLine(line, orderID: orderID, to: s.insertLineIfNew)
        try s.insertLineIfNew.run()
        if database.changes > 0 {
            try noteInserted(1)
            return .inserted
        }
        try bindLine(line, orderID: orderID, to: s.updateLine)
        try s.updateLine.run()
        return database.changes > 0 ? .updated : .unchanged
    }

    private func bindOrder(_ o: Order, hash: Int64, to st: Statement) throws {
        st.reset()
        try st.bindText(o.id, at: 1)
        try st.bindText(o.shopID, at: 2)
        try st.bindText(o.status?.rawValue, at: 3)
        try st.bindText(o.sourceStatus, at: 4)
        try st.bindInt(o.createdAt, at: 5)
        try st.bindInt(o.paidAt, at: 6)
        try st.bindInt(o.updatedAt, at: 7)
        try st.bindInt(o.rtsAt, at: 8)
        try st.bindInt(o.collectedAt, at: 9)
        try st.bindInt(o.deliveredAt, at: 10)
        try st.bindInt(o.cancelledAt, at: 11)
        try st.bindText(o.cancelInitiator?.rawValue, at: 12)
        try st.bindText(o.cancelReason, at: 13)
        try st.bindInt(o.dispatchDeadline, at: 14)
        try st.bindInt(o.deliveryDeadline, at: 15)
        try st.bindInt(o.total?.minorUnits, at: 16)
        try st.bindText(o.total?.currency, at: 17)
        try st.bindText(o.buyerRegion, at: 18)
        try st.bindText(o.buyerPostalCode, at: 19)
        try st.bindText(o.trackingNumber, at: 20)
        try st.bindText(o.shippingProvider, at: 21)
        try st.bindText(o.deliveryOption, at: 22)
        try st.bindText(o.fulfillmentType, at: 23)
        try st.bindText(o.buyerMessage, at: 24)
        try st.bindInt(hash, at: 25)
    }

    private func bindLine(_ l: OrderLine, orderID: String, to st: Statement) throws {
        st.reset()
        try st.bindText(orderID, at: 1)
        try st.bindText(l.lineID, at: 2)
        try st.bindText(l.skuID, at: 3)
        try st.bindText(l.sellerSKU, at: 4)
        try st.bindText(l.productName, at: 5)
        try st.bindText(l.variant, at: 6)
        try st.bindInt(Int64(l.quantity), at: 7)
        try st.bindInt(l.unitPrice?.minorUnits, at: 8)
        try st.bindText(l.unitPrice?.currency, at: 9)
        try st.bindText(l.batch, at: 10)
        try st.bindText(l.trackingNumber, at: 11)
    }

    /// The order as imported: every column in binding order, then each line's facts.
    static func hash(_ o: Order) -> Int64 {
        // Field by field, without arrays: this runs once per order of a million-row import.
        var h = RowHasher()
        h.combine(text: o.shopID)
        h.combine(text: o.status?.rawValue)
        h.combine(text: o.sourceStatus)
        h.combine(int: o.createdAt)
        h.combine(int: o.paidAt)
        h.combine(int: o.updatedAt)
        h.combine(int: o.rtsAt)
        h.combine(int: o.collectedAt)
        h.combine(int: o.deliveredAt)
        h.combine(int: o.cancelledAt)
        h.combine(text: o.cancelInitiator?.rawValue)
        h.combine(text: o.cancelReason)
        h.combine(int: o.dispatchDeadline)
        h.combine(int: o.deliveryDeadline)
        h.combine(int: o.total?.minorUnits)
        h.combine(text: o.total?.currency)
        h.combine(text: o.buyerRegion)
        h.combine(text: o.buyerPostalCode)
        h.combine(text: o.trackingNumber)
        h.combine(text: o.shippingProvider)
        h.combine(text: o.deliveryOption)
        h.combine(text: o.fulfillmentType)
        h.combine(text: o.buyerMessage)
        for l in o.lines {
            h.combine(text: l.lineID)
            h.combine(text: l.skuID)
            h.combine(text: l.sellerSKU)
            h.combine(text: l.productName)
            h.combine(text: l.variant)
            h.combine(int: Int64(l.quantity))
            h.combine(int: l.unitPrice?.minorUnits)
            h.combine(text: l.unitPrice?.currency)
            h.combine(text: l.batch)
            h.combine(text: l.trackingNumber)
        }
        return h.value
    }
}
