import DSRModel
import DSRStore

/// Every row one dashboard is computed from, loaded once from the store (internal: no store type leaks out).
struct MetricsData {
    /// The shops covered (one, or all).
    var shops: [Shop]
    /// Orders with their lines.
    var orders: [Order]
    /// Returns and refunds of those orders.
    var returns: [ReturnRecord]
    /// Parcels with their links and their tracking as of the instant.
    var parcels: [ParcelState]
    /// Tickets (deleted ones already left out by the store).
    var tickets: [LinkedTicket]
    /// Reviews.
    var reviews: [Review]
    /// Daily official scores (one shop's; empty for all shops, which have no single score).
    var ratings: [ShopRating]
    /// Campaign days of ad figures.
    var adDays: [AdDay]
    /// Row counts.
    var counts: RowCounts
    /// Last import per source category.
    var sourceActivity: [SourceCategory: EpochSeconds]
}

/// A parcel with what is known of it as of the instant.
struct ParcelState {
    /// The stored parcel and its links.
    var linked: LinkedParcel
    /// The newest event at or before the instant.
    var lastEvent: TrackingEvent?
    /// Events at or before the instant.
    var eventCount: Int
    /// The current status as of the instant: the parcel's own when its record is not newer than the instant,
    /// else the newest status-bearing event's.
    var status: ParcelStatus?
    /// When that status was recorded.
    var statusAt: EpochSeconds?

    var parcel: Parcel { linked.parcel }

    /// The parcel's state at `asOf`, from its stored record and its activity at that time.
    init(linked: LinkedParcel, activity: ParcelActivity?, asOf: EpochSeconds) {
        self.linked = linked
        lastEvent = activity?.lastEvent
        eventCount = activity?.eventCount ?? 0
        if let at = linked.parcel.statusAt, at > asOf {
            status = activity?.lastStatusEvent?.status
            statusAt = activity?.lastStatusEvent?.occurredAt
        } else {
            status = linked.parcel.status
            statusAt = linked.parcel.statusAt
        }
    }
}
