import DSRModel

/// One order's whole story as of an instant: what the Order detail screen shows.
public struct OrderStory: Sendable {
    /// The order with its lines.
    public var order: Order
    /// Its shop.
    public var shop: Shop?
    /// The instant.
    public var asOf: EpochSeconds
    /// When it was paid, shipped and delivered, as known at the instant.
    public var paidAt: EpochSeconds?
    /// Hand-over (RTS), else carrier pickup.
    public var shippedAt: EpochSeconds?
    /// The order's own delivery time.
    public var deliveredAt: EpochSeconds?
    /// Cancelled as of the instant.
    public var isCancelled: Bool
    /// The effective dispatch deadline and where it came from.
    public var dispatchDeadline: Deadline?
    /// The effective delivery deadline and where it came from.
    public var deliveryDeadline: Deadline?
    /// The logistics channel.
    public var channel: String?
    /// The carrier.
    public var carrier: String?
    /// Every parcel with its whole timeline, by tracking number.
    public var parcels: [ParcelStory]
    /// Its tickets, oldest first.
    public var tickets: [OrderTicket]
    /// Its reviews, oldest first.
    public var reviews: [Review]
    /// Its returns and refunds.
    public var returns: [OrderReturn]
    /// Why it is a problem order (empty when it is not), in the fixed reason order.
    public var problems: [ProblemDetail]

    /// A story.
    public init(order: Order, shop: Shop?, asOf: EpochSeconds, paidAt: EpochSeconds?, shippedAt: EpochSeconds?,
                deliveredAt: EpochSeconds?, isCancelled: Bool, dispatchDeadline: Deadline?, deliveryDeadline: Deadline?,
                channel: String?, carrier: String?, parcels: [ParcelStory], tickets: [OrderTicket], reviews: [Review],
                returns: [OrderReturn], problems: [ProblemDetail]) {
        self.order = order
        self.shop = shop
        self.asOf = asOf
        self.paidAt = paidAt
        self.shippedAt = shippedAt
        self.deliveredAt = deliveredAt
        self.isCancelled = isCancelled
        self.dispatchDeadline = dispatchDeadline
        self.deliveryDeadline = deliveryDeadline
        self.channel = channel
        self.carrier = carrier
        self.parcels = parcels
        self.tickets = tickets
        self.reviews = reviews
        self.returns = returns
        self.problems = problems
    }

    /// The problem reasons, in the fixed order.
    public var reasons: [ProblemReason] { problems.map(\.reason) }
}
