/// Open tickets counted as the Open tickets pane shows them.
public struct TicketCounts: Hashable, Sendable {
    /// Open tickets.
    public var open: Int
    /// Of those, overdue.
    public var overdue: Int
    /// By status: new, open, pending, hold, then custom statuses by name (each only when present).
    public var byStatus: [NamedCount]
    /// By assignee, most first (nil = unassigned).
    public var byAgent: [NamedCount]
    /// By helpdesk (`zendesk`, `freshdesk`), most first.
    public var bySource: [NamedCount]

    /// Counts.
    public init(open: Int, overdue: Int, byStatus: [NamedCount], byAgent: [NamedCount], bySource: [NamedCount]) {
        self.open = open
        self.overdue = overdue
        self.byStatus = byStatus
        self.byAgent = byAgent
        self.bySource = bySource
    }
}
