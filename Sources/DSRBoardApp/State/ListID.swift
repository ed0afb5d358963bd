/// A scrollable list the cursor can move in; each keeps its own selection, filter and sort.
public enum ListID: String, CaseIterable, Sendable {
    /// Open tickets (pane 2 and its zoomed view).
    case tickets
    /// Late parcels (pane 3 and its zoomed view).
    case parcels
    /// The Problem orders screen.
    case problems
    /// Lines of the Order detail screen (scroll only).
    case story
    /// Lines of the help overlay (scroll only).
    case help

    /// The sort orders `o` cycles through, the first being the default.
    public var sortOrders: [String] {
        switch self {
        case .tickets: ["overdue first", "oldest", "agent", "priority"]
        case .parcels: ["most late", "stalest track", "channel"]
        case .problems: ["weight", "oldest breach", "newest order"]
        case .story, .help: ["—"]
        }
    }

    /// Whether `/` filters this list.
    public var isFilterable: Bool { self == .tickets || self == .parcels || self == .problems }
}
