import DSRModel

/// An order that weighs on the score as of an instant, with its reasons (metrics.md, Problems).
public struct ProblemOrder: Hashable, Sendable {
    /// The order.
    public var orderID: String
    /// Its shop.
    public var shopID: String
    /// The reasons, in `ProblemReason.allCases` order.
    public var reasons: [ProblemReason]
    /// One detail per reason, in the same order.
    public var details: [ProblemDetail]
    /// The oldest breach among the reasons (the ranking's second key).
    public var oldestBreachAt: EpochSeconds
    /// When the order was placed.
    public var createdAt: EpochSeconds?
    /// When it was paid.
    public var paidAt: EpochSeconds?
    /// Its logistics channel (first parcel's channel, else the order's delivery option).
    public var channel: String?
    /// Its carrier (first parcel's carrier, else the order's shipping provider).
    public var carrier: String?
    /// Its oldest open ticket, if any.
    public var firstTicket: TicketRef?

    /// A problem order.
    public init(orderID: String, shopID: String, reasons: [ProblemReason], details: [ProblemDetail],
                oldestBreachAt: EpochSeconds, createdAt: EpochSeconds?, paidAt: EpochSeconds?, channel: String?,
                carrier: String?, firstTicket: TicketRef?) {
        self.orderID = orderID
        self.shopID = shopID
        self.reasons = reasons
        self.details = details
        self.oldestBreachAt = oldestBreachAt
        self.createdAt = createdAt
        self.paidAt = paidAt
        self.channel = channel
        self.carrier = carrier
        self.firstTicket = firstTicket
    }

    /// The detail of one reason, when it holds.
    public func detail(_ reason: ProblemReason) -> ProblemDetail? { details.first { $0.reason == reason } }

    /// The ranking of metrics.md: more reasons first, then the oldest breach first, then the order id so the
    /// order is stable across refreshes.
    public static func ranksBefore(_ a: ProblemOrder, _ b: ProblemOrder) -> Bool {
        if a.reasons.count != b.reasons.count { return a.reasons.count > b.reasons.count }
        if a.oldestBreachAt != b.oldestBreachAt { return a.oldestBreachAt < b.oldestBreachAt }
        return a.orderID < b.orderID
    }
}
