/// One screen of the navigation stack.
public enum Route: Hashable, Sendable {
    /// The four-pane board.
    case board
    /// One pane filling the screen.
    case pane(PaneID)
    /// Every problem order, ranked.
    case problems
    /// One order's whole story.
    case order(String)

    /// The crumb shown in the breadcrumb line.
    public var crumb: String {
        switch self {
        case .board: "Board"
        case .pane(let pane): pane.title
        case .problems: "Problems"
        case .order(let id): "Order \(id)"
        }
    }

    /// The view name used in snapshot file names.
    public var viewName: String {
        switch self {
        case .board: "board"
        case .pane(let pane): pane.viewName
        case .problems: "problems"
        case .order(let id): "order-\(id)"
        }
    }

    /// Parses a `--view` value: board, problems, tickets, parcels, ads, dsr or order:ID.
    public init?(view: String) {
        let text = view.lowercased()
        if text.hasPrefix("order:") {
            let id = String(view.dropFirst("order:".count))
            guard !id.isEmpty else { return nil }
            self = .order(id)
            return
        }
        switch text {
        case "board": self = .board
        case "problems": self = .problems
        default:
            guard let pane = PaneID.allCases.first(where: { $0.viewName == text }) else { return nil }
            self = .pane(pane)
        }
    }
}
