/// A parcel as the tracking sources know it, keyed by tracking number.
public struct Parcel: Hashable, Sendable {
    /// The carrier's tracking number.
    public var trackingNumber: String
    /// The order the source says it belongs to (AfterShip `order_id`, 17TRACK `tag`); links are also made
    /// through the orders' own tracking numbers at query time.
    public var orderRef: String?
    /// The shop, when the source names it.
    public var shopID: String?
    /// Carrier code or name (AfterShip `slug`, 17TRACK carrier number, forwarder `carrier_code`).
    public var carrier: String?
    /// Logistics channel or line (`China Post (postal)`, `YunExpress US line`).
    public var channel: String?
    /// Current status, from the newest record of any source; nil while only unknown codes were seen.
    public var status: ParcelStatus?
    /// The source's own status (AfterShip `tag`, 17TRACK `status`, forwarder `raw_status`).
    public var sourceStatus: String?
    /// The source's own sub-status (AfterShip `subtag`, 17TRACK `sub_status`).
    public var sourceSubstatus: String?
    /// Which source gave the current status: `aftership`, `17track`, `forwarder`, `tiktok`.
    public var statusSource: String?
    /// The time of the record the current status comes from (newest wins).
    public var statusAt: EpochSeconds?
    /// A promised delivery date from a tracking source (AfterShip `order_promised_delivery_date`), end of day UTC.
    public var promisedDeliveryAt: EpochSeconds?
    /// The carrier's estimated delivery, for display.
    public var estimatedDeliveryAt: EpochSeconds?
    /// Pickup or first scan.
    public var shippedAt: EpochSeconds?
    /// Delivery as the carrier reports it (shown on the parcel; does not by itself deliver the order).
    public var deliveredAt: EpochSeconds?
    /// Origin country or region code.
    public var originRegion: String?
    /// Destination country or region code.
    public var destinationRegion: String?

    /// A parcel.
    public init(trackingNumber: String, orderRef: String? = nil, shopID: String? = nil, carrier: String? = nil,
                channel: String? = nil, status: ParcelStatus? = nil, sourceStatus: String? = nil,
                sourceSubstatus: String? = nil, statusSource: String? = nil, statusAt: EpochSeconds? = nil,
                promisedDeliveryAt: EpochSeconds? = nil, estimatedDeliveryAt: EpochSeconds? = nil,
                shippedAt: EpochSeconds? = nil, deliveredAt: EpochSeconds? = nil, originRegion: String? = nil,
                destinationRegion: String? = nil) {
        self.trackingNumber = trackingNumber
        self.orderRef = orderRef
        self.shopID = shopID
        self.carrier = carrier
        self.channel = channel
        self.status = status
        self.sourceStatus = sourceStatus
        self.sourceSubstatus = sourceSubstatus
        self.statusSource = statusSource
        self.statusAt = statusAt
        self.promisedDeliveryAt = promisedDeliveryAt
        self.estimatedDeliveryAt = estimatedDeliveryAt
        self.shippedAt = shippedAt
        self.deliveredAt = deliveredAt
        self.originRegion = originRegion
        self.destinationRegion = destinationRegion
    }
}

/// One scan of a parcel; deduplicated on (tracking number, UTC instant, description) across sources.
public struct TrackingEvent: Hashable, Sendable {
    /// The parcel's tracking number.
    public var trackingNumber: String
    /// The UTC instant of the scan.
    public var occurredAt: EpochSeconds
    /// The offset the source wrote with the time (seconds east of UTC), to show carrier-local time.
    public var utcOffsetSeconds: Int?
    /// What happened, as the carrier wrote it.
    public var description: String
    /// Where, as the carrier wrote it.
    public var location: String?
    /// The mapped status; nil for a code the mapping table does not know (the event is kept anyway).
    public var status: ParcelStatus?
    /// The source's own status code or tag for this event.
    public var rawStatus: String?
    /// `aftership`, `17track`, `forwarder`, `tiktok`, or `demo`.
    public var source: String

    /// An event.
    public init(trackingNumber: String, occurredAt: EpochSeconds, utcOffsetSeconds: Int? = nil, description: String,
                location: String? = nil, status: ParcelStatus? = nil, rawStatus: String? = nil, source: String) {
        self.trackingNumber = trackingNumber
        self.occurredAt = occurredAt
        self.utcOffsetSeconds = utcOffsetSeconds
        self.description = description
        self.location = location
        self.status = status
        self.rawStatus = rawStatus
        self.source = source
    }
}
