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
/// `linkedParcels(shopID:asOf:)`, which reads only what the metrics use.
public struct LinkedParcelActivity: Hashable, Sendable {
    /// The parcel, its order and shop, and its event count of all time, as `linkedParcels(shopID:)` gives
    /// them; `lastEvent` is not read here and is nil (the newest event at the instant is in `activity`).
    public var linked: LinkedParcel
    /// Its activity at the instant as `parcelActivity(asOf:)` gives it, nil when it had no event by then;
    /// except that `lastStatusEvent` is looked up only when the parcel's own status is stamped after the
    /// instant (the only case in which the events decide its status at the instant), and is nil otherwise.
    public var activity: ParcelActivity?

    /// A parcel with its activity.
    public init(linked: LinkedParcel, activity: ParcelActivity?) {
        self.linked = linked
        self.activity = activity
    }
}

extension Store {
    /// The shop's parcels (every parcel when `shopID` is nil), ordered by tracking number, each with its
    /// links and its tracking at `asOf` (see `LinkedParcelActivity` for what is left out), in one read that
    /// scans only the events of the shop's parcels.
    public func linkedParcels(shopID: String?, asOf: EpochSeconds) throws -> [LinkedParcelActivity] {
        // One grouped scan of the shop's events gives the counts and the newest instant at `asOf`; the newest
        // event is the first at that instant in index order (the smallest description), the row the grouped
        // max() of `parcelActivity(asOf:)` takes its columns from. `asof_status` is that scan for status-bearing
        // events, run only for the parcels whose own status is stamped after `asOf`.
        let sql = Store.scopedParcels + """
            , events AS MATERIALIZED (
                SELECT tracking_number, count(*) AS n, count(CASE WHEN occurred_at <= ?2 THEN 1 END) AS n_asof,
                    max(CASE WHEN occurred_at <= ?2 THEN occurred_at END) AS asof_at
                FROM tracking_events
                WHERE tracking_number IN (SELECT tracking_number FROM scoped)
                GROUP BY tracking_number
            ), asof_status AS MATERIALIZED (
                SELECT tracking_number, id, max(occurred_at) FROM tracking_events
                WHERE occurred_at <= ?2 AND status IS NOT NULL
                    AND tracking_number IN (SELECT tracking_number FROM scoped WHERE status_at > ?2)
                GROUP BY tracking_number
            )
            SELECT s.tracking_number, s.order_ref, s.shop_id, s.carrier, s.channel, s.status, s.source_status,
                s.source_substatus, s.status_source, s.status_at, s.promised_delivery_at, s.estimated_delivery_at,
                s.shipped_at, s.delivered_at, s.origin_region, s.destination_region, s.linked_order, s.linked_shop,
                coalesce(v.n, 0), v.n_asof, e.id, st.id,
                e.tracking_number, e.occurred_at, e.utc_offset, e.description, e.location, e.status, e.raw_status,
                e.source,
                t.tracking_number, t.occurred_at, t.utc_offset, t.description, t.location, t.status, t.raw_status,
                t.source
            FROM scoped s
            LEFT JOIN events v ON v.tracking_number = s.tracking_number
            LEFT JOIN tracking_events e ON e.id = (
                SELECT x.id FROM tracking_events x WHERE x.tracking_number = s.tracking_number
                    AND x.occurred_at = v.asof_at ORDER BY x.description LIMIT 1)
            LEFT JOIN asof_status st ON st.tracking_number = s.tracking_number
            LEFT JOIN tracking_events t ON t.id = st.id AND st.id IS NOT e.id
            ORDER BY s.tracking_number
            """
        return try database.rows(sql, [shopID, asOf]) { r -> LinkedParcelActivity in
            let linked = LinkedParcel(parcel: Store.parcel(from: r), orderID: r.string(16), shopID: r.string(17),
                                      lastEvent: nil, eventCount: r.int(18) ?? 0)
            guard let asofID = r.int64(20) else { return LinkedParcelActivity(linked: linked, activity: nil) }
            let last = Store.event(from: r, offset: 22)
            let statusEvent: TrackingEvent?
            switch r.int64(21) {
            case nil: statusEvent = nil
            case asofID: statusEvent = last
            default: statusEvent = Store.event(from: r, offset: 30)
            }
            return LinkedParcelActivity(linked: linked, activity: ParcelActivity(
                trackingNumber: linked.parcel.trackingNumber, lastEvent: last, eventCount: r.int(19) ?? 0,
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
