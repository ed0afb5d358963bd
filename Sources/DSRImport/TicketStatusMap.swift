import DSRModel

/// Normalises helpdesk statuses and codes (formats.md §3–4, metrics.md Tickets).
enum TicketStatusMap {
    /// A Zendesk status word; anything else is kept as a custom status.
    static func zendesk(_ text: String) -> TicketStatus {
        switch text.lowercased() {
        case "new": return .new
        case "open": return .open
        case "pending": return .pending
        case "hold", "on-hold", "on_hold": return .hold
        case "solved": return .solved
        case "closed": return .closed
        case "deleted": return .deleted
        default: return .custom(text)
        }
    }

    /// A Freshdesk status: 2 Open, 3 Pending, 4 Resolved, 5 Closed; other numbers are custom statuses kept as
    /// they are (they count as open). Words are accepted too.
    static func freshdesk(_ code: String) -> TicketStatus {
        switch code.lowercased() {
        case "2", "open": return .open
        case "3", "pending": return .pending
        case "4", "resolved", "solved": return .solved
        case "5", "closed": return .closed
        default: return .custom(code)
        }
    }

    /// Freshdesk priority 1–4.
    static func freshdeskPriority(_ code: String?) -> String? {
        switch code {
        case "1": return "low"
        case "2": return "medium"
        case "3": return "high"
        case "4": return "urgent"
        default: return code?.lowercased()
        }
    }

    /// Freshdesk source codes; unknown codes are `other`.
    static func freshdeskChannel(_ code: String?) -> String? {
        guard let code else { return nil }
        switch code {
        case "1": return "email"
        case "2": return "portal"
        case "3": return "phone"
        case "4": return "forum"
        case "5": return "twitter"
        case "6": return "facebook"
        case "7": return "chat"
        case "9": return "feedback_widget"
        case "10": return "outbound_email"
        default: return "other"
        }
    }
}
