import DSRModel

/// A ticket open as of an instant, as the Open tickets pane lists it.
public struct OpenTicket: Hashable, Sendable {
    /// The helpdesk.
    public var source: TicketSource
    /// The helpdesk's ticket id.
    public var id: String
    /// The linked order, when one of its references names a known order.
    public var orderID: String?
    /// The shop (the linked order's, else the ticket's own).
    public var shopID: String?
    /// Subject line (untrusted text).
    public var subject: String?
    /// Normalised status.
    public var status: TicketStatus
    /// The status as the helpdesk gave it.
    public var sourceStatus: String
    /// Priority as given.
    public var priority: String?
    /// The assignee.
    public var assignee: String?
    /// When it was opened.
    public var createdAt: EpochSeconds
    /// Hours since it was opened.
    public var ageHours: Double
    /// The helpdesk's `fr_due_by`, else creation + the reply hours.
    public var firstResponseDueAt: EpochSeconds
    /// No agent reply at all, and older than the reply hours or past the helpdesk's due time.
    public var isOverdue: Bool
    /// Whether an agent has replied.
    public var hasReply: Bool
    /// The first agent reply, when there was one.
    public var firstReplyAt: EpochSeconds?

    /// An open ticket.
    public init(source: TicketSource, id: String, orderID: String?, shopID: String?, subject: String?,
                status: TicketStatus, sourceStatus: String, priority: String?, assignee: String?,
                createdAt: EpochSeconds, ageHours: Double, firstResponseDueAt: EpochSeconds, isOverdue: Bool,
                hasReply: Bool, firstReplyAt: EpochSeconds?) {
        self.source = source
        self.id = id
        self.orderID = orderID
        self.shopID = shopID
        self.subject = subject
        self.status = status
        self.sourceStatus = sourceStatus
        self.priority = priority
        self.assignee = assignee
        self.createdAt = createdAt
        self.ageHours = ageHours
        self.firstResponseDueAt = firstResponseDueAt
        self.isOverdue = isOverdue
        self.hasReply = hasReply
        self.firstReplyAt = firstReplyAt
    }

    /// Overdue first, then the oldest, then helpdesk and id.
    public static func ranksBefore(_ a: OpenTicket, _ b: OpenTicket) -> Bool {
        if a.isOverdue != b.isOverdue { return a.isOverdue }
        if a.createdAt != b.createdAt { return a.createdAt < b.createdAt }
        if a.source != b.source { return a.source.rawValue < b.source.rawValue }
        return a.id < b.id
    }
}
