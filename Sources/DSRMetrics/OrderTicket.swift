import DSRModel

/// A ticket of an order, with its first-reply time and whether it is overdue.
public struct OrderTicket: Hashable, Sendable {
    /// The ticket as stored.
    public var ticket: Ticket
    /// The first agent reply, when there was one as of the instant.
    public var firstReplyAt: EpochSeconds?
    /// Hours from creation to the first reply.
    public var replyHours: Double?
    /// Open as of the instant.
    public var isOpen: Bool
    /// Open without any reply, and older than the reply hours or past the helpdesk's due time.
    public var isOverdue: Bool
    /// The helpdesk's `fr_due_by`, else creation + the reply hours.
    public var firstResponseDueAt: EpochSeconds

    /// A ticket of an order.
    public init(ticket: Ticket, firstReplyAt: EpochSeconds?, replyHours: Double?, isOpen: Bool, isOverdue: Bool,
                firstResponseDueAt: EpochSeconds) {
        self.ticket = ticket
        self.firstReplyAt = firstReplyAt
        self.replyHours = replyHours
        self.isOpen = isOpen
        self.isOverdue = isOverdue
        self.firstResponseDueAt = firstResponseDueAt
    }
}
