/// TikTok Shop order status (API 202309 values; export text is mapped onto these).
public enum OrderStatus: String, CaseIterable, Sendable, Codable {
    case unpaid = "UNPAID"
    case onHold = "ON_HOLD"
    case awaitingShipment = "AWAITING_SHIPMENT"
    case partiallyShipping = "PARTIALLY_SHIPPING"
    case awaitingCollection = "AWAITING_COLLECTION"
    case inTransit = "IN_TRANSIT"
    case delivered = "DELIVERED"
    case completed = "COMPLETED"
    case cancelled = "CANCELLED"
}

/// Who cancelled an order (API `cancellation_initiator`, export `Cancel By`).
public enum CancelInitiator: String, CaseIterable, Sendable, Codable {
    case buyer = "BUYER"
    case seller = "SELLER"
    /// The platform (also a line item's `OPERATOR`).
    case system = "SYSTEM"
}

/// The one parcel status set every tracking source is mapped onto (AfterShip's tags; metrics.md, Parcel status).
public enum ParcelStatus: String, CaseIterable, Sendable, Codable {
    case pending = "Pending"
    case infoReceived = "InfoReceived"
    case inTransit = "InTransit"
    case outForDelivery = "OutForDelivery"
    case attemptFail = "AttemptFail"
    case delivered = "Delivered"
    case availableForPickup = "AvailableForPickup"
    case exception = "Exception"
    case expired = "Expired"

    /// A status that makes an order a `delivery_exception` problem (metrics.md, Problems).
    public var isDeliveryException: Bool { self == .exception || self == .attemptFail || self == .expired }
}

/// Which helpdesk a ticket came from.
public enum TicketSource: String, CaseIterable, Sendable, Codable {
    case zendesk
    case freshdesk
}

/// A ticket status normalised across helpdesks; custom statuses keep their own value.
public enum TicketStatus: Hashable, Sendable, CustomStringConvertible {
    case new, open, pending, hold, solved, closed
    /// A Zendesk ticket marked deleted: not a ticket for any figure (metrics.md, Tickets).
    case deleted
    /// A helpdesk custom status that is not a solved/closed kind (Freshdesk ≥ 6): counts as open.
    case custom(String)

    /// Open = new, open, pending, hold, or a custom status (metrics.md, Tickets).
    public var isOpen: Bool {
        switch self {
        case .new, .open, .pending, .hold, .custom: return true
        case .solved, .closed, .deleted: return false
        }
    }

    /// The stored text: `new`, `open`, …, `deleted`, or `custom:<value>`.
    public var description: String {
        switch self {
        case .new: return "new"
        case .open: return "open"
        case .pending: return "pending"
        case .hold: return "hold"
        case .solved: return "solved"
        case .closed: return "closed"
        case .deleted: return "deleted"
        case .custom(let v): return "custom:\(v)"
        }
    }

    /// Reads the stored text back; unknown text is kept as a custom status.
    public init(stored text: String) {
        switch text {
        case "new": self = .new
        case "open": self = .open
        case "pending": self = .pending
        case "hold": self = .hold
        case "solved": self = .solved
        case "closed": self = .closed
        case "deleted": self = .deleted
        default: self = .custom(text.hasPrefix("custom:") ? String(text.dropFirst(7)) : text)
        }
    }
}
