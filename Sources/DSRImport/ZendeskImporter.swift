import DSRModel
import DSRStore
import Foundation

/// Zendesk Support (formats.md §3): a tickets array, `{ticket}`, `{tickets}`, the time-based and cursor-based
/// incremental export envelopes, ticket metrics (`ticket_metrics`, `ticket_metric`) and side-loaded
/// `metric_sets`. A ticket links to orders through `external_id`, order-id custom fields and `#digits` in the
/// subject; metrics may arrive before their ticket.
struct ZendeskImporter: JSONImporter {
    static let kind = ImportKind.zendesk

    static func recognizes(_ value: Any) -> Bool {
        if let list = value as? [Any] { return list.first.map(isTicket) ?? false }
        guard let o = value as? [String: Any] else { return false }
        if o["ticket_metrics"] != nil || o["ticket_metric"] != nil || o["metric_sets"] != nil { return true }
        if let t = o["ticket"] { return isTicket(t) }
        if let list = o["tickets"] as? [Any] { return list.first.map(isTicket) ?? (o["end_of_stream"] != nil) }
        return isTicket(value)
    }

    /// A Zendesk ticket has a word status and Zendesk's own fields.
    static func isTicket(_ value: Any) -> Bool {
        guard let t = value as? [String: Any], t["id"] != nil else { return false }
        if t["status"] is NSNumber { return false }
        return t["via"] != nil || t["requester_id"] != nil || t["submitter_id"] != nil || t["external_id"] != nil
            || t["satisfaction_rating"] != nil || t["brand_id"] != nil
    }

    private let session: ImportSession
    private var shop: Shop??

    init(session: ImportSession) { self.session = session }

    mutating func importDocument(_ value: Any, walker: RecordWalker) throws {
        let shopID = try resolvedShop()?.id
        let session = self.session
        if let list = value as? [Any] {
            try walker.each(list, at: []) { try Self.storeTicket($0, shopID: shopID, session: session) }
            return
        }
        guard let o = value as? [String: Any] else { return }
        var any = false
        if let list = o["tickets"] as? [Any] {
            any = true
            try walker.each(list, at: ["tickets"]) { try Self.storeTicket($0, shopID: shopID, session: session) }
        }
        if o["ticket"] != nil {
            any = true
            try walker.one(o["ticket"]!) { try Self.storeTicket($0, shopID: shopID, session: session) }
        }
        for key in ["ticket_metrics", "metric_sets"] {
            if let list = o[key] as? [Any] {
                any = true
                try walker.each(list, at: [key]) { try Self.storeMetrics($0, session: session) }
            }
        }
        if let m = o["ticket_metric"] {
            any = true
            try walker.one(m) { try Self.storeMetrics($0, session: session) }
        }
        if !any {
            if Self.isTicket(value) {
                try walker.one(value) { try Self.storeTicket($0, shopID: shopID, session: session) }
            } else if o["ticket_id"] != nil, o["reply_time_in_minutes"] != nil {
                try walker.one(value) { try Self.storeMetrics($0, session: session) }
            } else {
                throw ImportFailure(path: session.path, reason: "not a zendesk export: no tickets, ticket_metrics or metric_sets")
            }
        }
    }

    private mutating func resolvedShop() throws -> Shop? {
        if let shop { return shop }
        let s = try session.optionalShop()
        shop = .some(s)
        return s
    }

    static func storeTicket(_ r: JSONRecord, shopID: String?, session: ImportSession) throws {
        guard let id = try r.id("id") else { throw RowProblem("the ticket has no id") }
        guard let statusText = r.string("status") else { throw RowProblem("ticket \(id) has no status") }
        let zone = session.zone(for: nil)
        guard let created = try r.time("created_at", zone: zone, session: session) else {
            throw RowProblem("ticket \(id) has no created_at")
        }
        var refs: [String] = []
        if let external = try r.id("external_id") { refs.append(external) }
        for field in r.records("custom_fields") ?? [] {
            guard let v = try? JSONRecord.id(field.object["value"], name: "custom field"),
                  v.count >= 4, v.allSatisfy({ $0.isASCII && $0.isNumber }) else { continue }
            refs.append(v)
        }
        let subject = r.string("subject")
        refs += Envelope.hashNumbers(subject)
        var unique: [String] = []
        for ref in refs where !unique.contains(ref) { unique.append(ref) }
        let ticket = Ticket(
            source: .zendesk, id: id, shopID: shopID, orderRefs: unique, subject: subject,
            status: TicketStatusMap.zendesk(statusText), sourceStatus: statusText, priority: r.string("priority"),
            assignee: try r.id("assignee_id"), requester: try r.id("requester_id"),
            channel: r.record("via")?.string("channel"), tags: r.strings("tags"), createdAt: created.instant,
            updatedAt: try r.time("updated_at", zone: zone, session: session)?.instant,
            dueAt: try r.time("due_at", zone: zone, session: session)?.instant)
        session.count(try session.store.upsert(ticket))
        session.ticketsToCheck.append((.zendesk, id))
    }

    static func storeMetrics(_ r: JSONRecord, session: ImportSession) throws {
        guard let ticketID = try r.id("ticket_id") else { throw RowProblem("the metrics record has no ticket_id") }
        let zone = session.zone(for: nil)
        let reply = r.record("reply_time_in_minutes")
        let metrics = TicketMetrics(
            source: .zendesk, ticketID: ticketID, replyMinutesCalendar: try reply?.int("calendar").map { Int($0) },
            replyMinutesBusiness: try reply?.int("business").map { Int($0) },
            solvedAt: try r.time("solved_at", zone: zone, session: session)?.instant,
            replies: try r.int("replies").map { Int($0) },
            updatedAt: try r.time("updated_at", zone: zone, session: session)?.instant)
        session.count(try session.store.upsert(metrics))
    }
}
