import DSRModel

/// A parcel with what the reads resolve at query time: its order (through the order's or a line's tracking
/// number, else the source's order reference), its shop, and its newest event.
public struct LinkedParcel: Hashable, Sendable {
    /// The parcel as stored.
    public var parcel: Parcel
    /// The order it belongs to, when a known order claims it.
    public var orderID: String?
    /// The order's shop, else the parcel's own shop.
    public var shopID: String?
    /// The newest tracking event, if any.
    public var lastEvent: TrackingEvent?
    /// How many events the parcel has.
    public var eventCount: Int

    /// A linked parcel.
    public init(parcel: Parcel, orderID: String?, shopID: String?, lastEvent: TrackingEvent?, eventCount: Int) {
        self.parcel = parcel
        self.orderID = orderID
        self.shopID = shopID
        self.lastEvent = lastEvent
        self.eventCount = eventCount
    }
}

extension Store {
    /// Inserts or updates a parcel. Descriptive fields merge (a missing value keeps the stored one); the status
    /// fields are taken only when `statusAt` is at least as new as the stored status (newest record wins).
    @discardableResult
    public func upsert(_ parcel: Parcel) throws -> UpsertOutcome {
        let fields: [(String, SQLBindable?)] = [
            ("order_ref", parcel.orderRef), ("shop_id", parcel.shopID), ("carrier", parcel.carrier),
            ("channel", parcel.channel), ("promised_delivery_at", parcel.promisedDeliveryAt),
            ("estimated_delivery_at", parcel.estimatedDeliveryAt), ("shipped_at", parcel.shippedAt),
            ("delivered_at", parcel.deliveredAt), ("origin_region", parcel.originRegion),
            ("destination_region", parcel.destinationRegion),
        ]
        let statusFields: [SQLBindable?] = [parcel.status?.rawValue, parcel.sourceStatus, parcel.sourceSubstatus,
                                             parcel.statusSource, parcel.statusAt]
        let hash = RowHasher.hash(fields.map(\.1) + statusFields)
        let outcome = try upsert(table: "parcels", key: [("tracking_number", parcel.trackingNumber)], values: fields,
                                 hash: hash)
        if outcome != .unchanged, parcel.status != nil || parcel.sourceStatus != nil {
            try applyStatus(trackingNumber: parcel.trackingNumber, status: parcel.status,
                            sourceStatus: parcel.sourceStatus, sourceSubstatus: parcel.sourceSubstatus,
                            source: parcel.statusSource, at: parcel.statusAt)
        }
        return outcome
    }

    /// Stores a tracking event once: the same (tracking number, instant, description) from any source is kept
    /// once. Makes sure the parcel exists, and moves its status when the event's status is known and newest.
    @discardableResult
    public func insert(_ event: TrackingEvent) throws -> UpsertOutcome {
        try database.run("""
            INSERT OR IGNORE INTO tracking_events(tracking_number, occurred_at, utc_offset, description, location,
                status, raw_status, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [event.trackingNumber, event.occurredAt, event.utcOffsetSeconds, event.description, event.location,
                  event.status?.rawValue, event.rawStatus, event.source])
        guard database.changes > 0 else { return .unchanged }
        try database.run("INSERT OR IGNORE INTO parcels(tracking_number, row_hash) VALUES (?, 0)", [event.trackingNumber])
        if let status = event.status {
            // An event moves the status only when strictly newer: a tracking record of the same instant (with
            // its sub-status) is the richer source.
            try applyStatus(trackingNumber: event.trackingNumber, status: status, sourceStatus: event.rawStatus,
                            sourceSubstatus: nil, source: event.source, at: event.occurredAt, strictlyNewer: true)
        }
        return .inserted
    }

    @discardableResult
    private func applyStatus(trackingNumber: String, status: ParcelStatus?, sourceStatus: String?,
                             sourceSubstatus: String?, source: String?, at: EpochSeconds?,
                             strictlyNewer: Bool = false) throws -> Bool {
        try database.run("""
            UPDATE parcels SET status = ?, source_status = ?, source_substatus = ?, status_source = ?, status_at = ?
            WHERE tracking_number = ? AND (status_at IS NULL OR ? IS NULL OR status_at < ?
                OR (status_at = ? AND NOT ?))
              AND (status IS NOT ? OR source_status IS NOT ? OR source_substatus IS NOT ? OR status_at IS NOT ?)
            """, [status?.rawValue, sourceStatus, sourceSubstatus, source, at, trackingNumber, at, at, at, strictlyNewer,
                  status?.rawValue, sourceStatus, sourceSubstatus, at])
        return database.changes > 0
    }

    /// Every event of a parcel, newest first.
    public func events(trackingNumber: String) throws -> [TrackingEvent] {
        try database.rows(Store.eventSelect + " WHERE tracking_number = ? ORDER BY occurred_at DESC, id DESC",
                          [trackingNumber]) { Store.event(from: $0, offset: 0) }
    }

    /// Every parcel with its resolved order, shop and newest event; only the shop's when `shopID` is given.
    /// The shop is filtered in SQL, so the events of other shops' parcels are never looked at.
    public func linkedParcels(shopID: String?) throws -> [LinkedParcel] {
        try database.rows(Store.scopedParcels + """
            SELECT s.tracking_number, s.order_ref, s.shop_id, s.carrier, s.channel, s.status, s.source_status,
                s.source_substatus, s.status_source, s.status_at, s.promised_delivery_at, s.estimated_delivery_at,
                s.shipped_at, s.delivered_at, s.origin_region, s.destination_region, s.linked_order, s.linked_shop,
                (SELECT count(*) FROM tracking_events c WHERE c.tracking_number = s.tracking_number),
                e.tracking_number, e.occurred_at, e.utc_offset, e.description, e.location, e.status, e.raw_status,
                e.source
            FROM scoped s
            LEFT JOIN tracking_events e ON e.id = (\(Store.newestEventID))
            ORDER BY s.tracking_number
            """, [shopID], Store.linkedParcel(from:))
    }

    /// The parcels of one order (through its tracking numbers or the parcels' order reference).
    public func linkedParcels(orderID: String) throws -> [LinkedParcel] {
        try database.rows(Store.linkedParcelSelect.replacingOccurrences(of: "/*FILTER*/", with: """
            WHERE p.tracking_number IN (
                SELECT tracking_number FROM orders WHERE id = ?1 AND tracking_number IS NOT NULL
                UNION SELECT tracking_number FROM order_lines WHERE order_id = ?1 AND tracking_number IS NOT NULL
                UNION SELECT tracking_number FROM parcels WHERE order_ref = ?1)
            """), [orderID], Store.linkedParcel(from:))
    }

    static let eventSelect = """
        SELECT tracking_number, occurred_at, utc_offset, description, location, status, raw_status, source
        FROM tracking_events
        """

    static func event(from r: Row, offset o: Int32) -> TrackingEvent {
        TrackingEvent(trackingNumber: r.string(o) ?? "", occurredAt: r.int64(o + 1) ?? 0, utcOffsetSeconds: r.int(o + 2),
                      description: r.string(o + 3) ?? "", location: r.string(o + 4),
                      status: r.string(o + 5).flatMap(ParcelStatus.init(rawValue:)), rawStatus: r.string(o + 6),
                      source: r.string(o + 7) ?? "")
    }

    /// The id of parcel `s`'s newest event (ties on the instant: the last inserted).
    static let newestEventID = """
        SELECT n.id FROM tracking_events n WHERE n.tracking_number = s.tracking_number
            ORDER BY n.occurred_at DESC, n.id DESC LIMIT 1
        """

    /// A `WITH` prefix defining `scoped`: every parcel (`?1` NULL) or the parcels of shop `?1`, each with
    /// `linked_order` and `linked_shop` resolved as `linkedParcelSelect` does. Both steps are materialised so
    /// that the order links are resolved once per parcel and later per-parcel subqueries run only for the
    /// shop's parcels.
    static let scopedParcels = """
        WITH linked AS MATERIALIZED (
            SELECT p.*,
                coalesce(
                    (SELECT o.id FROM orders o WHERE o.tracking_number = p.tracking_number ORDER BY o.id LIMIT 1),
                    (SELECT l.order_id FROM order_lines l WHERE l.tracking_number = p.tracking_number
                        ORDER BY l.order_id LIMIT 1),
                    (SELECT o.id FROM orders o WHERE o.id = p.order_ref)) AS linked_order
            FROM parcels p
        ), scoped AS MATERIALIZED (
            SELECT l.*, coalesce(o.shop_id, l.shop_id) AS linked_shop
            FROM linked l LEFT JOIN orders o ON o.id = l.linked_order
            WHERE ?1 IS NULL OR coalesce(o.shop_id, l.shop_id) = ?1
        )

        """

    static let linkedParcelSelect = """
        WITH linked AS (
            SELECT p.*,
                coalesce(
                    (SELECT o.id FROM orders o WHERE o.tracking_number = p.tracking_number ORDER BY o.id LIMIT 1),
                    (SELECT l.order_id FROM order_lines l WHERE l.tracking_number = p.tracking_number
                        ORDER BY l.order_id LIMIT 1),
                    (SELECT o.id FROM orders o WHERE o.id = p.order_ref)) AS linked_order,
                (SELECT e.id FROM tracking_events e WHERE e.tracking_number = p.tracking_number
                    ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1) AS last_event_id,
                (SELECT count(*) FROM tracking_events e WHERE e.tracking_number = p.tracking_number) AS event_count
            FROM parcels p /*FILTER*/
        )
        SELECT l.tracking_number, l.order_ref, l.shop_id, l.carrier, l.channel, l.status, l.source_status,
            l.source_substatus, l.status_source, l.status_at, l.promised_delivery_at, l.estimated_delivery_at,
            l.shipped_at, l.delivered_at, l.origin_region, l.destination_region,
            l.linked_order, coalesce(o.shop_id, l.shop_id), l.event_count,
            e.tracking_number, e.occurred_at, e.utc_offset, e.description, e.location, e.status, e.raw_status, e.source
        FROM linked l
        LEFT JOIN orders o ON o.id = l.linked_order
        LEFT JOIN tracking_events e ON e.id = l.last_event_id
        ORDER BY l.tracking_number
        """

    static func linkedParcel(from r: Row) -> LinkedParcel {
        LinkedParcel(parcel: parcel(from: r), orderID: r.string(16), shopID: r.string(17),
                     lastEvent: r.isNull(19) ? nil : event(from: r, offset: 19), eventCount: r.int(18) ?? 0)
    }

    /// The parcel in columns 0–15 of a `linkedParcelSelect`-shaped row.
    static func parcel(from r: Row) -> Parcel {
        Parcel(
            trackingNumber: r.string(0) ?? "", orderRef: r.string(1), shopID: r.string(2), carrier: r.string(3),
            channel: r.string(4), status: r.string(5).flatMap(ParcelStatus.init(rawValue:)), sourceStatus: r.string(6),
            sourceSubstatus: r.string(7), statusSource: r.string(8), statusAt: r.int64(9),
            promisedDeliveryAt: r.int64(10), estimatedDeliveryAt: r.int64(11), shippedAt: r.int64(12),
            deliveredAt: r.int64(13), originRegion: r.string(14), destinationRegion: r.string(15))
    }
}
