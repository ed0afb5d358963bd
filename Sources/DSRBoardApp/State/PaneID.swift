/// The four panes of the board, numbered as the keys 1–4 that focus them.
public enum PaneID: Int, CaseIterable, Sendable {
    /// The official score and the computed health metrics.
    case dsr = 1
    /// Open tickets.
    case tickets
    /// Late parcels.
    case parcels
    /// Ad conversion against the score.
    case ads

    /// The pane's title as shown in its border.
    public var title: String {
        switch self {
        case .dsr: "DSR"
        case .tickets: "Open tickets"
        case .parcels: "Late parcels"
        case .ads: "Ads × DSR"
        }
    }

    /// The name used in snapshot file names and `--view`.
    public var viewName: String {
        switch self {
        case .dsr: "dsr"
        case .tickets: "tickets"
        case .parcels: "parcels"
        case .ads: "ads"
        }
    }

    /// The list inside the pane that the cursor moves in, if any.
    public var list: ListID? {
        switch self {
        case .tickets: .tickets
        case .parcels: .parcels
        case .dsr, .ads: nil
        }
    }

    /// The next pane in Tab order (wrapping).
    public var next: PaneID { PaneID(rawValue: rawValue % 4 + 1)! }
    /// The previous pane in Tab order (wrapping).
    public var previous: PaneID { PaneID(rawValue: (rawValue + 2) % 4 + 1)! }
}
