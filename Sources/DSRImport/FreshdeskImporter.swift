import DSRModel
import DSRStore
import Foundation

/// Freshdesk API v2 tickets (formats.md §4), an array or one ticket, optionally with `stats` and `requester`:
/// status 2–5 mapped (custom numbers kept), priority 1–4 and source codes named, order references from custom
/// fields whose name mentions an order and from `#digits` in the subject.
struct FreshdeskImporter: JSONImporter {
    static let kind = ImportKind.freshdesk

    static func recognizes(_ value: Any) -> Bool {
        if let list = value as? [Any] { return list.first.map(isTicket) ?? false }
        if let list = (value as? [String: Any])?["tickets"] as? [Any] { return list.first.map(isTicket) ?? false }
        return isTicket(value)
    }

    /// A Freshdesk ticket has a numeric status and Freshdesk's own fields.
    static func isTicket(_ value: Any) -> Bool {
        guard let t = value as? [String: Any], t["id"] != nil else { return false }
        return t["status"] is NSNumber && (t["responder_id"] != nil || t["fr_due_by"] != nil || t["cc_emails"] != nil
            || t["due_by"] != nil || t["stats"] != nil || t["source"] is NSNumber)
    }

    private let session: ImportSession

    init(session: ImportSession) { self.session = session }

    mutating func importDocument(_ value: Any, walker: RecordWalker) throws {
        let shopID = try session.optionalShop()?.id
        if let list = value as? [Any] {
            try walker.each(list, at: []) { try store($0, shopID: shopID) }
        } else if let list = (value as? [String: Any])?["tickets"] as? [Any] {
            try walker.each(list, at: ["tickets"]) { try store($0, shopID: shopID) }
        } else {
            try walker.one(value) { try store($0, shopID: shopID) }
        }
    }

    private func store(_ r: JSONRecord, shopID: String?) throws {
        guard let id = try r.id("id") else { throw RowProblem("the ticket has no id") }
        guard let statusCode = r.string("status") else { throw RowProblem("ticket \(id) has no status") }
        let zone = session.zone(for: nil)
        func time(_ rec: JSONRecord?, _ key: String) throws -> EpochSeconds? {
            try rec?.time(key, zone: zone, session: session)?.instant
        }
        guard let created = try time(r, "created_at") else { throw RowProblem("ticket \(id) has no created_at") }
        var refs: [String] = []
        if let custom = r.record("custom_fields") {
            for key in custom.object.keys.sorted() where key.lowercased().contains("order") {
                if let v = try? JSONRecord.id(custom.object[key], name: key), !refs.contains(v) { refs.append(v) }
            }
        }
        let subject = r.string("subject")
        for n in Envelope.hashNumbers(subject) where !refs.contains(n) { refs.append(n) }
        let stats = r.record("stats")
        let requester = r.record("requester")
        let ticket = Ticket(
            source: .freshdesk, id: id, shopID: shopID, orderRefs: refs, subject: subject,
            status: TicketStatusMap.freshdesk(statusCode), sourceStatus: statusCode,
            priority: TicketStatusMap.freshdeskPriority(r.string("priority")), assignee: try r.id("responder_id"),
            requester: try r.id("requester_id") ?? requester?.string("name") ?? requester?.string("email"),
            channel: TicketStatusMap.freshdeskChannel(r.string("source")), tags: r.strings("tags"),
            createdAt: created, updatedAt: try time(r, "updated_at"),
            firstReplyAt: try time(stats, "first_responded_at"),
            solvedAt: try time(stats, "resolved_at") ?? time(stats, "closed_at"),
            firstResponseDueAt: try time(r, "fr_due_by"), dueAt: try time(r, "due_by"))
        session.count(try session.store.upsert(ticket))
        session.ticketsToCheck.append((.freshdesk, id))
    }
}
