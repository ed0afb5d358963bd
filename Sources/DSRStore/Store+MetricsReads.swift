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

extension Store {
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
