import DSRModel
import DSRStore

/// One ticket as it stood at an instant (metrics.md, Tickets): a reply or a solve stamped later had not
/// happened yet.
struct TicketFacts {
    let linked: LinkedTicket
    /// The first agent reply, when it came at or before the instant.
    let firstReplyAt: EpochSeconds?
    /// Open at the instant: an open status (new, open, pending, hold, a custom one), or solved only later.
    let isOpen: Bool
    /// The helpdesk's own first-response due time (`fr_due_by`), else creation + the reply hours.
    let firstResponseDueAt: EpochSeconds
    /// Open with no agent reply at all, and older than the reply hours or past the helpdesk's due time.
    let isOverdue: Bool

    var ticket: Ticket { linked.ticket }

    /// The facts of a ticket at `asOf`; nil when it was created after `asOf`.
    init?(linked: LinkedTicket, settings: MetricsSettings, asOf: EpochSeconds) {
        let ticket = linked.ticket
        guard ticket.createdAt <= asOf else { return nil }
        self.linked = linked
        firstReplyAt = linked.firstReplyAt.flatMap { $0 <= asOf ? $0 : nil }
        let solvedAt = ticket.solvedAt ?? linked.metrics?.solvedAt
        isOpen = ticket.status.isOpen || (ticket.status != .deleted && (solvedAt.map { $0 > asOf } ?? false))
        let limit = settings.replyLimitSeconds
        firstResponseDueAt = ticket.firstResponseDueAt ?? ticket.createdAt + limit
        let pastHelpdeskDue = ticket.firstResponseDueAt.map { asOf > $0 } ?? false
        isOverdue = isOpen && firstReplyAt == nil && (asOf - ticket.createdAt > limit || pastHelpdeskDue)
    }

    /// Hours from creation to the first reply, when there was one.
    var replyHours: Double? { firstReplyAt.map { Double($0 - ticket.createdAt) / 3600 } }
}

extension MetricsSettings {
    /// The reply limit in seconds (12 h = 720 minutes by default).
    var replyLimitSeconds: EpochSeconds { EpochSeconds((ticketReplyHours * 3600).rounded()) }
    /// The stale-tracking limit in seconds.
    var staleLimitSeconds: EpochSeconds { EpochSeconds((staleTrackingDays * 86_400).rounded()) }
}
