import DSRModel

/// One reason an order is a problem, with when it began and what the lead needs to see about it.
public struct ProblemDetail: Hashable, Sendable {
    /// The reason.
    public var reason: ProblemReason
    /// When the breach began: the missed deadline, the moment tracking went stale, the exception status, the
    /// moment a ticket became overdue, the review, or the delivery of a refunded order. The oldest instance
    /// when several hold (two overdue tickets).
    public var since: EpochSeconds
    /// How many instances hold (tickets overdue, exception parcels, negative reviews, returns); 1 for deadlines.
    public var count: Int
    /// Days past the deadline (late dispatch, late delivery) or days since the last tracking activity (stale).
    public var days: Double?
    /// Hours the overdue ticket has waited without any reply.
    public var hoursWithoutReply: Double?
    /// The overdue ticket.
    public var ticket: TicketRef?
    /// The parcel concerned (exception status, or the newest-tracked parcel of a stale order).
    public var trackingNumber: String?
    /// The parcel's current status (exception).
    public var parcelStatus: ParcelStatus?
    /// The negative review.
    public var reviewID: String?
    /// Its stars.
    public var rating: Int?
    /// The return's reason, as the buyer gave it.
    public var returnReason: String?
    /// The return's kind (`Return/Refund`, `Refund only`).
    public var returnKind: String?
    /// A short text for the board: `+9 d`, `8 d`, `31 h, no reply`, `2★`, `Refund only: Damaged`.
    public var summary: String

    /// A detail; most fields apply to one reason only.
    public init(reason: ProblemReason, since: EpochSeconds, count: Int = 1, days: Double? = nil,
                hoursWithoutReply: Double? = nil, ticket: TicketRef? = nil, trackingNumber: String? = nil,
                parcelStatus: ParcelStatus? = nil, reviewID: String? = nil, rating: Int? = nil,
                returnReason: String? = nil, returnKind: String? = nil, summary: String) {
        self.reason = reason
        self.since = since
        self.count = count
        self.days = days
        self.hoursWithoutReply = hoursWithoutReply
        self.ticket = ticket
        self.trackingNumber = trackingNumber
        self.parcelStatus = parcelStatus
        self.reviewID = reviewID
        self.rating = rating
        self.returnReason = returnReason
        self.returnKind = returnKind
        self.summary = summary
    }
}
