import DSRMetrics
import DSRModel
import Foundation
import TermRender

/// Renders a screen of the board without a terminal (for `dsrboard snapshot`, cron and tests): the same
/// state, load and screens as the live board, so the cells equal what the board shows at that size.
public enum HeadlessBoard {
    /// The state the board would be in after opening `route` on `data`.
    public static func state(for route: Route, data: BoardData, request: LoadRequest, themeName: String) -> BoardState {
        var state = BoardState(request: request, themeName: themeName)
        switch route {
        case .board: break
        case .pane(let pane):
            state.focus = pane
            state.stack = [.board, .pane(pane)]
        case .problems:
            state.stack = [.board, .problems]
        case .order(let id):
            state.stack = [.board, .order(id)]
        }
        state.clock = data.fetchedAt
        state.accept(data)
        return state
    }

    /// Loads from the database at `path` and draws `route` at `width`×`height`.
    public static func render(path: String, settings: MetricsSettings, request: LoadRequest, route: Route, theme: Theme,
                              width: Int, height: Int) throws -> (buffer: Buffer, state: BoardState) {
        var request = request
        if case .order(let id) = route { request.storyOrderID = id }
        let source = try DashboardSource(path: path, settings: settings)
        let wall = Date().timeIntervalSince1970
        let data = try request.load(from: source, now: EpochSeconds(wall), wallClock: wall)
        let state = self.state(for: route, data: data, request: request, themeName: theme.name)
        return (BoardScreen.render(state, theme: theme, width: width, height: height).0, state)
    }
}
