/// One logistics channel's current late parcels and its mean transit time.
public struct ChannelTransit: Hashable, Sendable {
    /// The channel (nil when unknown).
    public var channel: String?
    /// Current late parcels on the channel.
    public var lateParcels: Int
    /// Mean days from ship to delivery of the orders delivered in the window; nil when none.
    public var meanTransitDays: Double?
    /// How many delivered orders the mean is over.
    public var deliveredOrders: Int

    /// A channel row.
    public init(channel: String?, lateParcels: Int, meanTransitDays: Double?, deliveredOrders: Int) {
        self.channel = channel
        self.lateParcels = lateParcels
        self.meanTransitDays = meanTransitDays
        self.deliveredOrders = deliveredOrders
    }
}
