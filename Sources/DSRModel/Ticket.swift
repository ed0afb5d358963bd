/// A helpdesk ticket (Zendesk or Freshdesk), keyed by (source, id).
public struct Ticket: Hashable, Sendable {
    /// The helpdesk.
    public var source: TicketSource
    /// The helpdesk's ticket id, as text.
    public var id: String
    /// The shop, when the import knows it (`--shop`, the only shop); a linked order's shop wins at query time.
    public var shopID: String?
    /// Order references in priority order: `external_id`, then an order-id custom field, then `#digits` found
    /// in the subject. The first that names a known order is the link, resolved at query time.
    public var orderRefs: [String]
    /// Subject line.
    public var subject: String?
    /// Normalised status.
    public var status: TicketStatus
    /// The status exactly as the helpdesk gave it (`pending`, `3`, `7`).
    public var sourceStatus: String
    /// `low`, `normal`/`medium`, `high`, `urgent`.
    public var priority: String?
    /// The assignee (Zendesk `assignee_id`, Freshdesk `responder_id`, or a name).
    public var assignee: String?
    /// The requester id or name.
    public var requester: String?
    /// Channel: email, chat, portal…
    public var channel: String?
    /// Tags, as given.
    public var tags: [String]
    /// Creation time.
    public var createdAt: EpochSeconds
    /// The helpdesk's last update; the newer version of a ticket wins.
    public var updatedAt: EpochSeconds?
    /// First agent reply (Freshdesk `stats.first_responded_at`); Zendesk's comes from its ticket metrics.
    public var firstReplyAt: EpochSeconds?
    /// Solved or resolved time.
    public var solvedAt: EpochSeconds?
    /// The helpdesk's own first-response due time (Freshdesk `fr_due_by`).
    public var firstResponseDueAt: EpochSeconds?
    /// The resolution due time (Zendesk `due_at`, Freshdesk `due_by`).
    public var dueAt: EpochSeconds?

    /// A ticket.
    public init(source: TicketSource, id: String, shopID: String? = nil, orderRefs: [String] = [], subject: String? = nil,
                status: TicketStatus, sourceStatus: String, priority: String? = nil, assignee: String? = nil,
                requester: String? = nil, channel: String? = nil, tags: [String] = [], createdAt: EpochSeconds,
                updatedAt: EpochSeconds? = nil, firstReplyAt: EpochSeconds? = nil, solvedAt: EpochSeconds? = nil,
                firstResponseDueAt: EpochSeconds? = nil, dueAt: EpochSeconds? = nil) {
        self.source = source
        self.id = id
        self.shopID = shopID
        self.orderRefs = orderRefs
        self.subject = subject
        self.status = status
        self.sourceStatus = sourceStatus
        self.priority = priority
        self.assignee = assignee
        self.requester = requester
        self.channel = channel
        self.tags = tags
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.firstReplyAt = firstReplyAt
        self.solvedAt = solvedAt
        self.firstResponseDueAt = firstResponseDueAt
        self.dueAt = dueAt
    }
}

/// Zendesk ticket metrics (or side-loaded `metric_sets`), which may arrive before their ticket.
public struct TicketMetrics: Hashable, Sendable {
    /// The helpdesk.
    public var source: TicketSource
    /// The ticket the metrics describe.
    public var ticketID: String
    /// `reply_time_in_minutes.calendar`: minutes from creation to the first agent reply (calendar time).
    public var replyMinutesCalendar: Int?
    /// `reply_time_in_minutes.business`, kept for reference.
    public var replyMinutesBusiness: Int?
    /// `solved_at`.
    public var solvedAt: EpochSeconds?
    /// `replies`: number of agent replies.
    public var replies: Int?
    /// `updated_at` of the metrics record; the newer wins.
    public var updatedAt: EpochSeconds?

    /// Ticket metrics.
    public init(source: TicketSource = .zendesk, ticketID: String, replyMinutesCalendar: Int? = nil,
                replyMinutesBusiness: Int? = nil, solvedAt: EpochSeconds? = nil, replies: Int? = nil,
                updatedAt: EpochSeconds? = nil) {
        self.source = source
        self.ticketID = ticketID
        self.replyMinutesCalendar = replyMinutesCalendar
        self.replyMinutesBusiness = replyMinutesBusiness
        self.solvedAt = solvedAt
        self.replies = replies
        self.updatedAt = updatedAt
    }
}
