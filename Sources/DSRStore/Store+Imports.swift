import DSRModel

/// Row counts of one shop (or all shops), as the report and the demo summary print them.
public struct StoreCounts: Hashable, Sendable, Codable {
    /// Orders.
    public var orders = 0
    /// Parcels.
    public var parcels = 0
    /// Tracking events.
    public var trackingEvents = 0
    /// Tickets (deleted ones left out).
    public var tickets = 0
    /// Reviews.
    public var reviews = 0
    /// Days of official score.
    public var ratingDays = 0
    /// Days with ad figures.
    public var adDays = 0

    /// Empty counts.
    public init() {}
}

extension Store {
    /// Writes an import's log entry and its rejected rows; marks the source category as just imported.
    @discardableResult
    public func log(_ record: ImportRecord, rejected: [RejectedRow], category: SourceCategory?) throws -> Int64 {
        try transaction {
            try database.run("""
                INSERT INTO imports(path, sha256, kind, started_at, finished_at, rows_read, inserted, updated, unchanged,
                    rejected, outcome, assumed_zone, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [record.path, record.sha256, record.kind, record.startedAt, record.finishedAt, record.rowsRead,
                      record.inserted, record.updated, record.unchanged, record.rejected, record.outcome.rawValue,
                      record.assumedZone, record.message])
            let id = database.lastInsertRowID
            for row in rejected {
                try database.run("INSERT INTO rejected_rows(import_id, line, record, reason, raw) VALUES (?, ?, ?, ?, ?)",
                                 [id, row.line, row.record, row.reason, row.raw])
            }
            if let category { try touch(category, at: record.finishedAt) }
            return id
        }
    }

    /// Records that a source category received data at `instant` (the header's "last import per source").
    public func touch(_ category: SourceCategory, at instant: EpochSeconds) throws {
        try database.run("""
            INSERT INTO source_activity(category, last_at) VALUES (?, ?)
            ON CONFLICT(category) DO UPDATE SET last_at = max(last_at, excluded.last_at)
            """, [category.rawValue, instant])
    }

    /// When each source category last received data.
    public func sourceActivity() throws -> [SourceCategory: EpochSeconds] {
        var out: [SourceCategory: EpochSeconds] = [:]
        _ = try database.rows("SELECT category, last_at FROM source_activity") { r -> Void in
            if let c = SourceCategory(rawValue: r.string(0) ?? ""), let t = r.int64(1) { out[c] = t }
        }
        return out
    }

    /// The newest import log entries, newest first.
    public func recentImports(limit: Int = 20) throws -> [ImportRecord] {
        try database.rows("""
            SELECT id, path, sha256, kind, started_at, finished_at, rows_read, inserted, updated, unchanged, rejected,
                outcome, assumed_zone, message
            FROM imports ORDER BY id DESC LIMIT ?
            """, [limit]) { r in
            ImportRecord(id: r.int64(0), path: r.string(1) ?? "", sha256: r.string(2), kind: r.string(3) ?? "",
                         startedAt: r.int64(4) ?? 0, finishedAt: r.int64(5) ?? 0, rowsRead: r.int(6) ?? 0,
                         inserted: r.int(7) ?? 0, updated: r.int(8) ?? 0, unchanged: r.int(9) ?? 0,
                         rejected: r.int(10) ?? 0, outcome: ImportOutcome(rawValue: r.string(11) ?? "") ?? .ok,
                         assumedZone: r.string(12), message: r.string(13))
        }
    }

    /// The rejected rows of one import, in file order.
    public func rejectedRows(importID: Int64) throws -> [RejectedRow] {
        try database.rows("""
            SELECT line, record, reason, raw FROM rejected_rows WHERE import_id = ? ORDER BY coalesce(line, record), id
            """, [importID]) { RejectedRow(line: $0.int(0), record: $0.int(1), reason: $0.string(2) ?? "", raw: $0.string(3) ?? "") }
    }

    /// Row counts per table for one shop (all shops when nil); parcels and events count through their orders.
    public func counts(shopID: String?) throws -> StoreCounts {
        var c = StoreCounts()
        if let shopID {
            let parcels = try linkedParcels(shopID: shopID)
            c.orders = Int(try database.scalarInt("SELECT count(*) FROM orders WHERE shop_id = ?", [shopID]) ?? 0)
            c.parcels = parcels.count
            c.trackingEvents = parcels.reduce(0) { $0 + $1.eventCount }
            c.tickets = try linkedTickets(shopID: shopID).count
            c.reviews = Int(try database.scalarInt("SELECT count(*) FROM reviews WHERE shop_id = ?", [shopID]) ?? 0)
            c.ratingDays = Int(try database.scalarInt("SELECT count(*) FROM shop_ratings WHERE shop_id = ?", [shopID]) ?? 0)
            c.adDays = Int(try database.scalarInt("SELECT count(DISTINCT day) FROM ad_days WHERE shop_id = ?", [shopID]) ?? 0)
        } else {
            c.orders = try count("orders")
            c.parcels = try count("parcels")
            c.trackingEvents = try count("tracking_events")
            c.tickets = Int(try database.scalarInt("SELECT count(*) FROM tickets WHERE status <> 'deleted'") ?? 0)
            c.reviews = try count("reviews")
            c.ratingDays = try count("shop_ratings")
            c.adDays = Int(try database.scalarInt("SELECT count(*) FROM (SELECT DISTINCT shop_id, day FROM ad_days)") ?? 0)
        }
        return c
    }

    /// Rows in every table, by table name (the demo summary; tests).
    public func tableCounts() throws -> [(table: String, rows: Int)] {
        let tables = try database.rows("""
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """) { $0.string(0) ?? "" }
        return try tables.map { ($0, try count($0)) }
    }

    private func count(_ table: String) throws -> Int {
        // Table names come from sqlite_master or constants, never from input.
        Int(try database.scalarInt("SELECT count(*) FROM \"\(table)\"") ?? 0)
    }

    /// PRAGMA data_version of this connection: changes when another connection commits.
    public func dataVersion() throws -> Int64 { try database.dataVersion() }
}
