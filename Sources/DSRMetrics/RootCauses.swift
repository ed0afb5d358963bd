/// Where the trouble comes from, each in its own metric's window (metrics.md, Daily watch).
public struct RootCauses: Hashable, Sendable {
    /// 1–2 star reviews in the 60-day window by SKU and batch, most first.
    public var negativeReviewsBySKU: [NegativeReviewGroup]
    /// Current late parcels by channel (else carrier), most first.
    public var lateParcelsByChannel: [NamedCount]
    /// Current late parcels by carrier, most first.
    public var lateParcelsByCarrier: [NamedCount]
    /// Current late parcels by destination region, most first.
    public var lateParcelsByDestination: [NamedCount]
    /// Tickets created in the 30-day window whose first reply came after the reply hours, by agent, most first.
    public var lateRepliesByAgent: [NamedCount]
    /// Per channel: current late parcels and mean transit days of orders delivered in the 30-day window.
    public var transitByChannel: [ChannelTransit]

    /// Root causes.
    public init(negativeReviewsBySKU: [NegativeReviewGroup], lateParcelsByChannel: [NamedCount],
                lateParcelsByCarrier: [NamedCount], lateParcelsByDestination: [NamedCount],
                lateRepliesByAgent: [NamedCount], transitByChannel: [ChannelTransit]) {
        self.negativeReviewsBySKU = negativeReviewsBySKU
        self.lateParcelsByChannel = lateParcelsByChannel
        self.lateParcelsByCarrier = lateParcelsByCarrier
        self.lateParcelsByDestination = lateParcelsByDestination
        self.lateRepliesByAgent = lateRepliesByAgent
        self.transitByChannel = transitByChannel
    }
}
