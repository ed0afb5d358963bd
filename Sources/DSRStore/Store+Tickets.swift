import DSRModel

/// A ticket with what the reads resolve at query time: its order (the first of its references that names a
/// known order), its shop, and its first agent reply (its own, else from its ticket metrics).
public struct LinkedTicket: Hashable, Sendable {
    /// The ticket as stored.
    public var ticket: Ticket
    /// The linked order, when one of the ticket's references names a known order.
    public var orderID: String?
    /// The linked order's shop, else the ticket's own shop.
    public var shopID: String?
    /// First agent reply: the ticket's own, else creation + Zendesk `reply_time_in_minutes.calendar`.
    public var firstReplyAt: EpochSeconds?
    /// The metrics record, when one was imported.
    public var metrics: TicketMetrics?

    /// A linked ticket.
    public init(ticket: Ticket, orderID: String?, shopID: String?, firstReplyAt: EpochSeconds?, metrics: TicketMetrics?) {
        self.ticket = ticket
        self.orderID = orderID
        self.shopID = shopID
        self.firstReplyAt = firstReplyAt
        self.metrics = metrics
    }
}

extension Store {
    /// Inserts or updates a ticket (the newer `updatedAt` wins) and its order references.
    @discardableResult
    public func upsert(_ ticket: Ticket) throws -> UpsertOutcome {
        let fields: [(String, SQLBindable?)] = [
            ("shop_id", ticket.shopID), ("subject", ticket.subject), ("status", ticket.status.description),
            ("source_status", ticket.sourceStatus), ("priority", ticket.priority), ("assignee", ticket.assignee),
            ("requester", ticket.requester), ("channel", ticket.channel),
            ("tags", ticket.tags.isEmpty ? nil : ticket.tags.joined(separator: "\n")), ("created_at", ticket.createdAt),
            ("updated_at", ticket.updatedAt), ("first_reply_at", ticket.firstReplyAt), ("solved_at", ticket.solvedAt),
            ("first_response_due_at", ticket.firstResponseDueAt), ("due_at", ticket.dueAt),
        ]
        let hash = RowHasher.hash(fields.map(\.1) + ticket.orderRefs.map { $0 as SQLBindable? })
        let outcome = try upsert(table: "tickets", key: [("source", ticket.source.rawValue), ("id", ticket.id)],
                                 values: fields, hash: hash, updatedColumn: "updated_at", updatedAt: ticket.updatedAt)
        if outcome != .unchanged {
            try database.run("DELETE FROM ticket_order_refs WHERE source = ? AND ticket_id = ?",
                             [ticket.source.rawValue, ticket.id])
            for (i, ref) in ticket.orderRefs.enumerated() {
                try database.run("INSERT OR IGNORE INTO ticket_order_refs(source, ticket_id, priority, ref) VALUES (?, ?, ?, ?)",
                                 [ticket.source.rawValue, ticket.id, i, ref])
            }
        }
        return outcome
    }

    /// Inserts or updates ticket metrics (the newer `updatedAt` wins); they may arrive before their ticket.
    @discardableResult
    public func upsert(_ metrics: TicketMetrics) throws -> UpsertOutcome {
        let fields: [(String, SQLBindable?)] = [
            ("reply_minutes_calendar", metrics.replyMinutesCalendar), ("reply_minutes_business", metrics.replyMinutesBusiness),
            ("solved_at", metrics.solvedAt), ("replies", metrics.replies), ("updated_at", metrics.updatedAt),
        ]
        return try upsert(table: "ticket_metrics",
                          key: [("source", metrics.source.rawValue), ("ticket_id", metrics.ticketID)],
                          values: fields, hash: RowHasher.hash(fields.map(\.1)), updatedColumn: "updated_at",
                          updatedAt: metrics.updatedAt, merge: false)
    }

    /// Every ticket (deleted ones left out) with links resolved; only the shop's when `shopID` is given.
    public func linkedTickets(shopID: String?) throws -> [LinkedTicket] {
        let all = try database.rows(Store.linkedTicketSelect + " ORDER BY t.created_at, t.source, t.id", [],
                                    Store.linkedTicket(from:))
        return try attachRefs(shopID.map { id in all.filter { $0.shopID == id } } ?? all)
    }

    /// The tickets linked to one order.
    public func linkedTickets(orderID: String) throws -> [LinkedTicket] {
        try attachRefs(try linkedTickets(shopID: nil).filter { $0.orderID == orderID })
    }

    private func attachRefs(_ tickets: [LinkedTicket]) throws -> [LinkedTicket] {
        var refs: [String: [String]] = [:]
        _ = try database.rows("SELECT source, ticket_id, ref FROM ticket_order_refs ORDER BY source, ticket_id, priority") {
            refs[($0.string(0) ?? "") + "\u{1}" + ($0.string(1) ?? ""), default: []].append($0.string(2) ?? "")
        }
        return tickets.map { t in
            var t = t
            t.ticket.orderRefs = refs[t.ticket.source.rawValue + "\u{1}" + t.ticket.id] ?? []
            return t
        }
    }

    static let linkedTicketSelect = """
        SELECT t.source, t.id, t.shop_id, t.subject, t.status, t.source_status, t.priority, t.assignee, t.requester,
            t.channel, t.tags, t.created_at, t.updated_at, t.first_reply_at, t.solved_at, t.first_response_due_at, t.due_at,
            lo.id, coalesce(lo.shop_id, t.shop_id),
            m.ticket_id, m.reply_minutes_calendar, m.reply_minutes_business, m.solved_at, m.replies, m.updated_at
        FROM tickets t
        LEFT JOIN orders lo ON lo.id = (
            SELECT o.id FROM ticket_order_refs r JOIN orders o ON o.id = r.ref
            WHERE r.source = t.source AND r.ticket_id = t.id ORDER BY r.priority LIMIT 1)
        LEFT JOIN ticket_metrics m ON m.source = t.source AND m.ticket_id = t.id
        WHERE t.status <> 'deleted'
        """

    static func linkedTicket(from r: Row) -> LinkedTicket {
        let source = TicketSource(rawValue: r.string(0) ?? "") ?? .zendesk
        let ticket = Ticket(
            source: source, id: r.string(1) ?? "", shopID: r.string(2), subject: r.string(3),
            status: TicketStatus(stored: r.string(4) ?? ""), sourceStatus: r.string(5) ?? "", priority: r.string(6),
            assignee: r.string(7), requester: r.string(8), channel: r.string(9),
            tags: r.string(10).map { $0.split(separator: "\n").map(String.init) } ?? [], createdAt: r.int64(11) ?? 0,
            updatedAt: r.int64(12), firstReplyAt: r.int64(13), solvedAt: r.int64(14), firstResponseDueAt: r.int64(15),
            dueAt: r.int64(16))
        let metrics = r.isNull(19) ? nil : TicketMetrics(
            source: source, ticketID: ticket.id, replyMinutesCalendar: r.int(20), replyMinutesBusiness: r.int(21),
            solvedAt: r.int64(22), replies: r.int(23), updatedAt: r.int64(24))
        let firstReply = ticket.firstReplyAt
            ?? metrics?.replyMinutesCalendar.map { ticket.createdAt + EpochSeconds($0) * 60 }
        return LinkedTicket(ticket: ticket, orderID: r.string(17), shopID: r.string(18), firstReplyAt: firstReply,
                            metrics: metrics)
    }
}
