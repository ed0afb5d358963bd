import DSRMetrics
import DSRModel
import TermRender

/// Everything the screens draw from: the navigation stack, focus, cursors, input mode and the last data load.
/// A plain value: keys change it (see `BoardState+Keys`), the runner feeds it data, screens read it.
public struct BoardState: Sendable {
    /// The navigation stack; the last route is on screen.
    public var stack: [Route] = [.board]
    /// The focused pane of the board.
    public var focus: PaneID = .dsr
    /// One cursor per list.
    public var cursors: [ListID: ListState] = Dictionary(uniqueKeysWithValues: ListID.allCases.map { ($0, ListState()) })
    /// What the keyboard types into.
    public var mode: InputMode = .normal
    /// Live refresh paused (space).
    public var isPaused = false
    /// Name of the theme in use.
    public var themeName: String = "default"
    /// The bottom-line message.
    public var flash: Flash?
    /// The last good load.
    public var data: BoardData?
    /// The last load's failure, when the latest attempt failed.
    public var loadError: String?
    /// What the reader should load.
    public var request: LoadRequest
    /// The lists as shown, derived from `data` and the cursors.
    public private(set) var lists = BoardLists(dashboard: nil, cursors: [:])
    /// Seconds between polls of the database.
    public var refreshInterval: Double
    /// Wall-clock seconds now (for flashes and "updated N s ago").
    public var clock: Double = 0
    /// When the reader last checked the database successfully (wall-clock seconds).
    public var lastCheckedAt: Double?
    /// Rows one page of each list showed at the last frame (for PgUp/PgDn).
    public var pageSizes: [ListID: Int] = [:]
    /// The largest scroll offset of scroll-only lists at the last frame.
    public var scrollLimits: [ListID: Int] = [:]

    /// A board about to load `request`.
    public init(request: LoadRequest, refreshInterval: Double = 1, themeName: String = "default") {
        self.request = request
        self.refreshInterval = refreshInterval
        self.themeName = themeName
    }

    /// The screen on top of the stack.
    public var route: Route { stack.last ?? .board }

    /// The dashboard on screen.
    public var dashboard: ShopDashboard? { data?.dashboard }

    /// The list the cursor keys move in on this screen.
    public var activeList: ListID? {
        if mode == .help { return .help }
        switch route {
        case .board: return focus.list
        case .pane(let pane): return pane.list
        case .problems: return .problems
        case .order: return .story
        }
    }

    /// The view name for snapshot files.
    public var viewName: String { route == .board ? "board" : route.viewName }

    /// Takes a new load, keeping each list's selection on the same row.
    public mutating func accept(_ data: BoardData) {
        self.data = data
        loadError = nil
        lastCheckedAt = data.fetchedAt
        if request.shopID == nil { request.shopID = data.dashboard?.shopID }
        recomputeLists()
    }

    /// Recomputes the shown lists after a filter or sort change, re-finding each selection.
    public mutating func recomputeLists() {
        lists = BoardLists(dashboard: data?.dashboard, cursors: cursors)
        for list in [ListID.tickets, .parcels, .problems] { _ = cursors[list]?.resolve(in: lists.keys(list)) }
    }

    /// Shows a message on the bottom line for a few seconds.
    public mutating func show(_ message: String, level: StatusLevel = .info, seconds: Double = 4) {
        flash = Flash(message, level: level, expiresAt: clock + seconds)
    }

    /// The flash, if it has not expired.
    public var visibleFlash: Flash? {
        guard let flash, flash.expiresAt > clock else { return nil }
        return flash
    }

    /// Whether the reader has missed three polls or its last load failed.
    public var isStale: Bool {
        if loadError != nil { return true }
        guard !isPaused, let checked = lastCheckedAt else { return false }
        return clock - checked > 3 * refreshInterval + 2
    }
}
