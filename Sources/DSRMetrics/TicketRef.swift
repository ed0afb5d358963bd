import DSRModel

/// A short reference to a ticket, as problem orders and alerts show it ("#48213").
public struct TicketRef: Hashable, Sendable {
    /// The helpdesk.
    public var source: TicketSource
    /// The helpdesk's ticket id.
    public var id: String
    /// When it was opened.
    public var createdAt: EpochSeconds
    /// Whether an agent had replied as of the instant.
    public var hasReply: Bool

    /// A reference.
    public init(source: TicketSource, id: String, createdAt: EpochSeconds, hasReply: Bool) {
        self.source = source
        self.id = id
        self.createdAt = createdAt
        self.hasReply = hasReply
    }

    /// `#48213`.
    public var label: String { "#\(id)" }
}
