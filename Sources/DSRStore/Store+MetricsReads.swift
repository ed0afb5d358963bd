import DSRModel

/// A parcel's tracking as it stood at an instant: only events at or before it count.
public struct ParcelActivity: Hashable, Sendable {
    /// The parcel's tracking number.
    public var trackingNumber: String
    /// The newest event at or before the instant.
    public var lastEvent: TrackingEvent?
    /// How many events it had at the instant.
    public var eventCount: Int
    /// The newest event at or before the instant that carries a known status.
    public var lastStatusEvent: TrackingEvent?

    /// An activity record.
    public init(trackingNumber: String, lastEvent: TrackingEvent?, eventCount: Int, lastStatusEvent: TrackingEvent?) {
        self.trackingNumber = trackingNumber
        self.lastEvent = lastEvent
        self.eventCount = eventCount
        self.lastStatusEvent = lastStatusEvent
    }
}

/// A parcel with its links and its tracking activity at an instant: one row of
/// `linkedParcels(shopID:asOf:)`.
public struct LinkedParcelActivity: Hashable, Sendable {
    /// The parcel as `linkedParcels(shopID:)` gives it (newest event and event count of all time).
    public var linked: LinkedParcel
    /// Its activity at the instant, as `parcelActivity(asOf:)` gives it; nil when it had no event by then.
    public var activity: ParcelActivity?

    /// A parcel with its activity.
    public init(linked: LinkedParcel, activity: ParcelActivity?) {
        self.linked = linked
        self.activity = activity
    }
}

extension Store {
    /// The shop's parcels (every parcel when `shopID` is nil), ordered by tracking number, each with what
    /// `linkedParcels(shopID:)` and `parcelActivity(asOf:)` give for it, in one read: only the events of the
    /// shop's parcels are scanned, and an event that is both the newest and the newest at `asOf` is decoded once.
    public func linkedParcels(shopID: String?, asOf: EpochSeconds) throws -> [LinkedParcelActivity] {
        // `asof` and `asof_status` are the grouped scans of `parcelActivity(asOf:)` restricted to the shop's
        // parcels (the same index order, so a tie of instants resolves to the same row); their bare `id` is the
        // row holding the max.
        let sql = Store.scopedParcels + """
            , events AS MATERIALIZED (
                SELECT tracking_number, count(*) AS n, max(occurred_at) AS newest_at FROM tracking_events
                WHERE tracking_number IN (SELECT tracking_number FROM scoped)
                GROUP BY tracking_number
            ), asof AS MATERIALIZED (
                SELECT tracking_number, id, count(*) AS n, max(occurred_at) FROM tracking_events
                WHERE occurred_at <= ?2 AND tracking_number IN (SELECT tracking_number FROM scoped)
                GROUP BY tracking_number
            ), asof_status AS MATERIALIZED (
                SELECT tracking_number, id, max(occurred_at) FROM tracking_events
                WHERE occurred_at <= ?2 AND status IS NOT NULL
                    AND tracking_number IN (SELECT tracking_number FROM scoped)
                GROUP BY tracking_number
            ), parcel_rows AS MATERIALIZED (
                SELECT s.*, coalesce(v.n, 0) AS event_count,
                    (SELECT max(n.id) FROM tracking_events n
                        WHERE n.tracking_number = s.tracking_number AND n.occurred_at = v.newest_at) AS newest_id,
                    a.id AS asof_id, a.n AS asof_count, st.id AS status_id
                FROM scoped s
                LEFT JOIN events v ON v.tracking_number = s.tracking_number
                LEFT JOIN asof a ON a.tracking_number = s.tracking_number
                LEFT JOIN asof_status st ON st.tracking_number = s.tracking_number
            )
            SELECT r.tracking_number, r.order_ref, r.shop_id, r.carrier, r.channel, r.status, r.source_status,
                r.source_substatus, r.status_source, r.status_at, r.promised_delivery_at, r.estimated_delivery_at,
                r.shipped_at, r.delivered_at, r.origin_region, r.destination_region, r.linked_order, r.linked_shop,
                r.event_count,
                e.tracking_number, e.occurred_at, e.utc_offset, e.description, e.location, e.status, e.raw_status,
                e.source,
                r.newest_id, r.asof_id, r.asof_count, r.status_id,
                a.tracking_number, a.occurred_at, a.utc_offset, a.description, a.location, a.status, a.raw_status,
                a.source,
                t.tracking_number, t.occurred_at, t.utc_offset, t.description, t.location, t.status, t.raw_status,
                t.source
            FROM parcels p
            JOIN parcel_rows r ON r.tracking_number = p.tracking_number
            LEFT JOIN tracking_events e ON e.id = r.newest_id
            LEFT JOIN tracking_events a ON a.id = r.asof_id AND r.asof_id IS NOT r.newest_id
            LEFT JOIN tracking_events t ON t.id = r.status_id AND r.status_id IS NOT r.asof_id
                AND r.status_id IS NOT r.newest_id
            ORDER BY p.tracking_number
            """
        return try database.rows(sql, [shopID, asOf]) { r -> LinkedParcelActivity in
            let linked = Store.linkedParcel(from: r)
            guard let asofID = r.int64(28) else { return LinkedParcelActivity(linked: linked, activity: nil) }
            let newestID = r.int64(27)
            let last = asofID == newestID ? linked.lastEvent : Store.event(from: r, offset: 31)
            let statusEvent: TrackingEvent?
            switch r.int64(30) {
            case nil: statusEvent = nil
            case asofID: statusEvent = last
            case newestID: statusEvent = linked.lastEvent
            default: statusEvent = Store.event(from: r, offset: 39)
            }
            return LinkedParcelActivity(linked: linked, activity: ParcelActivity(
                trackingNumber: linked.parcel.trackingNumber, lastEvent: last, eventCount: r.int(29) ?? 0,
                lastStatusEvent: statusEvent))
        }
    }

    /// Every parcel's tracking activity at `asOf`, keyed by tracking number (parcels without events at that
    /// time are absent). Two grouped scans, so the metrics need not load every event to look back in time.
    public func parcelActivity(asOf: EpochSeconds) throws -> [String: ParcelActivity] {
        var out: [String: ParcelActivity] = [:]
        // SQLite takes the bare columns of a max() query from the row holding the max (on a tie of instants,
        // one of the tied rows).
        let newest = """
            SELECT tracking_number, occurred_at, utc_offset, description, location, status, raw_status, source,
                count(*), max(occurred_at)
            FROM tracking_events WHERE occurred_at <= ?1 /*STATUS*/ GROUP BY tracking_number
            """
        _ = try database.rows(newest.replacingOccurrences(of: "/*STATUS*/", with: ""), [asOf]) { r -> Void in
            let event = Store.event(from: r, offset: 0)
            out[event.trackingNumber] = ParcelActivity(trackingNumber: event.trackingNumber, lastEvent: event,
                                                       eventCount: r.int(8) ?? 0, lastStatusEvent: nil)
        }
        _ = try database.rows(newest.replacingOccurrences(of: "/*STATUS*/", with: "AND status IS NOT NULL"), [asOf]) { r -> Void in
            let event = Store.event(from: r, offset: 0)
            out[event.trackingNumber]?.lastStatusEvent = event
        }
        return out
    }
}
