import DSRMetrics
import DSRModel

/// The rows of each list after the filter and sort of its cursor, computed from one dashboard. Screens draw these
/// rows and the controller moves over the same keys, so what is selected is always what is shown.
public struct BoardLists: Sendable {
    /// Open tickets as listed.
    public var tickets: [OpenTicket]
    /// Late parcels as listed.
    public var parcels: [LateParcel]
    /// Problem orders as listed.
    public var problems: [ProblemOrder]

    /// Filters and sorts the dashboard's lists with the cursors' filters and sort orders.
    public init(dashboard: ShopDashboard?, cursors: [ListID: ListState]) {
        guard let d = dashboard else {
            tickets = []
            parcels = []
            problems = []
            return
        }
        let products = d.orderProducts
        let t = cursors[.tickets] ?? ListState()
        tickets = BoardLists.sortTickets(d.openTickets.filter {
            BoardLists.matches($0, t.filter, products: $0.orderID.flatMap { products[$0] })
        }, t.sortIndex)
        let p = cursors[.parcels] ?? ListState()
        parcels = BoardLists.sortParcels(d.lateParcels.filter { BoardLists.matches($0, p.filter, products: products[$0.orderID]) },
                                         p.sortIndex)
        let q = cursors[.problems] ?? ListState()
        problems = BoardLists.sortProblems(d.problemOrders.filter { BoardLists.matches($0, q.filter, products: products[$0.orderID]) },
                                           q.sortIndex)
    }

    /// The keys of a list's rows, in order.
    public func keys(_ list: ListID) -> [String] {
        switch list {
        case .tickets: tickets.map(BoardLists.key)
        case .parcels: parcels.map(\.trackingNumber)
        case .problems: problems.map(\.orderID)
        case .story, .help: []
        }
    }

    /// The order a row of a list belongs to.
    public func orderID(in list: ListID, at index: Int) -> String? {
        switch list {
        case .tickets: tickets.indices.contains(index) ? tickets[index].orderID : nil
        case .parcels: parcels.indices.contains(index) ? parcels[index].orderID : nil
        case .problems: problems.indices.contains(index) ? problems[index].orderID : nil
        case .story, .help: nil
        }
    }

    /// A ticket's key: helpdesk and id, since two helpdesks can use the same number.
    public static func key(_ ticket: OpenTicket) -> String { "\(ticket.source.rawValue):\(ticket.id)" }

    /// Whether a filter (case-insensitive substring, words all present) matches any of `fields`.
    public static func matches(_ filter: String, fields: [String?]) -> Bool {
        let words = filter.lowercased().split(separator: " ")
        guard !words.isEmpty else { return true }
        let haystack = fields.compactMap { $0?.lowercased() }.joined(separator: "\u{1}")
        return words.allSatisfy { haystack.contains($0) }
    }

    static func matches(_ t: OpenTicket, _ filter: String, products: String?) -> Bool {
        matches(filter, fields: [t.id, t.orderID, t.subject, t.assignee, t.priority, t.status.description, t.source.rawValue,
                                 products])
    }

    static func matches(_ p: LateParcel, _ filter: String, products: String?) -> Bool {
        matches(filter, fields: [p.orderID, p.trackingNumber, p.channel, p.carrier, p.lastEvent?.description,
                                 p.lastEvent?.location, p.destination, products] + p.reasons.map(\.title))
    }

    static func matches(_ p: ProblemOrder, _ filter: String, products: String?) -> Bool {
        matches(filter, fields: [p.orderID, p.channel, p.carrier, p.firstTicket?.id, products]
            + p.reasons.map(\.title) + p.details.map(\.summary) + p.details.map(\.trackingNumber))
    }

    static func sortTickets(_ rows: [OpenTicket], _ sort: Int) -> [OpenTicket] {
        switch sort % ListID.tickets.sortOrders.count {
        case 1: rows.sorted { ($0.createdAt, key($0)) < ($1.createdAt, key($1)) }
        case 2: rows.sorted { ($0.assignee ?? "~", $0.createdAt, key($0)) < ($1.assignee ?? "~", $1.createdAt, key($1)) }
        case 3: rows.sorted { (priorityRank($0.priority), $0.createdAt, key($0)) < (priorityRank($1.priority), $1.createdAt, key($1)) }
        default: rows.sorted(by: OpenTicket.ranksBefore)
        }
    }

    static func sortParcels(_ rows: [LateParcel], _ sort: Int) -> [LateParcel] {
        switch sort % ListID.parcels.sortOrders.count {
        case 1: rows.sorted { (-($0.lastEventAgeDays ?? .infinity), $0.trackingNumber) < (-($1.lastEventAgeDays ?? .infinity), $1.trackingNumber) }
        case 2: rows.sorted { ($0.channel ?? "~", $0.trackingNumber) < ($1.channel ?? "~", $1.trackingNumber) }
        default: rows.sorted(by: LateParcel.ranksBefore)
        }
    }

    static func sortProblems(_ rows: [ProblemOrder], _ sort: Int) -> [ProblemOrder] {
        switch sort % ListID.problems.sortOrders.count {
        case 1: rows.sorted { ($0.oldestBreachAt, $0.orderID) < ($1.oldestBreachAt, $1.orderID) }
        case 2: rows.sorted { ($0.createdAt ?? 0, $0.orderID) > ($1.createdAt ?? 0, $1.orderID) }
        default: rows.sorted(by: ProblemOrder.ranksBefore)
        }
    }

    /// urgent, high, normal, low, then anything else.
    static func priorityRank(_ priority: String?) -> Int {
        switch priority?.lowercased() {
        case "urgent": 0
        case "high": 1
        case "normal", "medium": 2
        case "low": 3
        default: 4
        }
    }
}
