import DSRModel

/// A parcel of an order with `late_delivery`, `stale_tracking` or `delivery_exception` (metrics.md, Problems).
public struct LateParcel: Hashable, Sendable {
    /// The carrier's tracking number.
    public var trackingNumber: String
    /// The order it belongs to.
    public var orderID: String
    /// The order's shop.
    public var shopID: String
    /// The parcel's carrier, else the order's shipping provider.
    public var carrier: String?
    /// The parcel's channel, else the order's channel.
    public var channel: String?
    /// The order's reasons among late delivery, stale tracking and delivery exception, in the fixed order.
    public var reasons: [ProblemReason]
    /// The order's delivery deadline, when it has one.
    public var deliveryDeadline: EpochSeconds?
    /// Days past the delivery deadline; nil when the deadline is not past or there is none.
    public var daysLate: Double?
    /// The newest tracking event as of the instant.
    public var lastEvent: TrackingEvent?
    /// Days since that event.
    public var lastEventAgeDays: Double?
    /// The current status as of the instant.
    public var status: ParcelStatus?
    /// The source's own status and sub-status, for display.
    public var sourceStatus: String?
    /// The source's own sub-status.
    public var sourceSubstatus: String?
    /// Destination region: the parcel's, else the buyer's.
    public var destination: String?
    /// When the order shipped.
    public var shippedAt: EpochSeconds?

    /// A late parcel.
    public init(trackingNumber: String, orderID: String, shopID: String, carrier: String?, channel: String?,
                reasons: [ProblemReason], deliveryDeadline: EpochSeconds?, daysLate: Double?, lastEvent: TrackingEvent?,
                lastEventAgeDays: Double?, status: ParcelStatus?, sourceStatus: String?, sourceSubstatus: String?,
                destination: String?, shippedAt: EpochSeconds?) {
        self.trackingNumber = trackingNumber
        self.orderID = orderID
        self.shopID = shopID
        self.carrier = carrier
        self.channel = channel
        self.reasons = reasons
        self.deliveryDeadline = deliveryDeadline
        self.daysLate = daysLate
        self.lastEvent = lastEvent
        self.lastEventAgeDays = lastEventAgeDays
        self.status = status
        self.sourceStatus = sourceStatus
        self.sourceSubstatus = sourceSubstatus
        self.destination = destination
        self.shippedAt = shippedAt
    }

    /// Most days late first (parcels not past a deadline after them), then the longest silence, then the
    /// tracking number.
    public static func ranksBefore(_ a: LateParcel, _ b: LateParcel) -> Bool {
        let la = a.daysLate ?? -.infinity, lb = b.daysLate ?? -.infinity
        if la != lb { return la > lb }
        let sa = a.lastEventAgeDays ?? -.infinity, sb = b.lastEventAgeDays ?? -.infinity
        if sa != sb { return sa > sb }
        return a.trackingNumber < b.trackingNumber
    }
}
