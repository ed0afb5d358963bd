import DSRBoardApp
import DSRMetrics
import DSRModel
import Foundation
import TermRender
import Testing
import TestSupport

/// Whole screens on the fixed demo seed and clock, against reviewed golden text files
/// (RECORD_SNAPSHOTS=1 regenerates them).
@Suite("Board screens on the demo data", .serialized)
struct BoardScreenTests {
    static let asOf = UTCTime.parseInstant(DemoDatabase.now)!

    func data(shop: String = "US-Home", story: String? = nil) throws -> (BoardData, LoadRequest) {
        let source = try DashboardSource(path: try DemoDatabase.path(), settings: MetricsSettings())
        let request = LoadRequest(shopID: shop, fixedAsOf: Self.asOf, storyOrderID: story)
        return (try request.load(from: source, now: Self.asOf, wallClock: Double(Self.asOf)), request)
    }

    func screen(_ route: Route, width: Int, height: Int, story: String? = nil) throws -> (Buffer, BoardState) {
        let (data, request) = try data(story: story)
        let state = HeadlessBoard.state(for: route, data: data, request: request, themeName: "default")
        return (BoardScreen.render(state, theme: .builtInDefault, width: width, height: height).0, state)
    }

    func firstProblemOrder() throws -> String {
        let (data, _) = try data()
        return try #require(data.dashboard?.problemOrders.first?.orderID)
    }

    func check(_ buffer: Buffer, _ name: String) {
        let text = SnapshotWriter.render(buffer: buffer, format: .txt)
        if let difference = Golden.difference(text, named: name, in: Golden.directory()) { Issue.record(Comment(rawValue: difference)) }
    }

    @Test func boardAt120x40ShowsAllFourPanes() throws {
        let (buffer, _) = try screen(.board, width: 120, height: 40)
        let text = buffer.text()
        for title in ["1 DSR", "2 Open tickets", "3 Late parcels", "4 Ads × DSR"] { #expect(text.contains(title)) }
        check(buffer, "board-120x40.txt")
    }

    @Test func boardAt80x24StacksThePanesAndKeepsHeadlines() throws {
        let (buffer, _) = try screen(.board, width: 80, height: 24)
        let text = buffer.text()
        for title in ["1 DSR", "2 Open tickets", "3 Late parcels", "4 Ads × DSR"] { #expect(text.contains(title)) }
        #expect(text.contains("late delivery"))
        check(buffer, "board-80x24.txt")
    }

    @Test func problemOrdersScreen() throws {
        let (buffer, state) = try screen(.problems, width: 120, height: 40)
        #expect(buffer.text().contains("Problem orders \(state.dashboard?.problemOrders.count ?? -1)"))
        check(buffer, "problems-120x40.txt")
        let (narrow, _) = try screen(.problems, width: 80, height: 24)
        check(narrow, "problems-80x24.txt")
    }

    @Test func orderDetailShowsTheWholeStory() throws {
        let id = try firstProblemOrder()
        let (buffer, state) = try screen(.order(id), width: 120, height: 40, story: id)
        let text = buffer.text()
        #expect(state.data?.story?.order.id == id)
        for section in ["Order \(id)", "Problems", "LINES", "DEADLINES", "PARCEL", "TICKETS", "REVIEW"] {
            #expect(text.contains(section), "missing \(section)")
        }
        check(buffer, "order-120x40.txt")
        let (narrow, _) = try screen(.order(id), width: 80, height: 24, story: id)
        check(narrow, "order-80x24.txt")
    }

    @Test func tooSmallTerminalSaysTheSizes() throws {
        let (buffer, _) = try screen(.board, width: 60, height: 15)
        let text = buffer.text()
        #expect(text.contains("Terminal too small: 60×15"))
        #expect(text.contains("at least 72×20"))
    }

    @Test func snapshotFormatsOfTheGoldenScreens() throws {
        let id = try firstProblemOrder()
        let screens: [(String, Route)] = [("board", .board), ("problems", .problems), ("order", .order(id))]
        for (name, route) in screens {
            let (buffer, _) = try screen(route, width: 120, height: 40, story: id)
            for format in SnapshotFormat.allCases {
                let text = SnapshotWriter.render(buffer: buffer, format: format, theme: .builtInDefault, title: "DSRBoard \(name)")
                if let difference = Golden.difference(text, named: "snapshot-\(name)-120x40.\(format.rawValue)", in: Golden.directory()) {
                    Issue.record(Comment(rawValue: difference))
                }
            }
        }
    }

    @Test func selectionStaysOnTheSameTicketAcrossALoadThatReordersRows() throws {
        let (data, request) = try data()
        var state = HeadlessBoard.state(for: .board, data: data, request: request, themeName: "default")
        _ = state.handle(key: "2")
        _ = state.handle(key: "j")
        _ = state.handle(key: "j")
        let chosen = state.cursors[.tickets]?.selectedKey
        #expect(chosen != nil)
        var reordered = data
        reordered.dashboard?.openTickets.reverse()
        state.accept(reordered)
        #expect(state.cursors[.tickets]?.selectedKey == chosen)
        _ = state.handle(key: "o")
        #expect(state.cursors[.tickets]?.selectedKey == chosen)
    }

    @Test func enterOnAProblemOpensItsOrderAndNextProblemMovesOn() throws {
        let (data, request) = try data()
        var state = HeadlessBoard.state(for: .board, data: data, request: request, themeName: "default")
        _ = state.handle(key: "p")
        #expect(state.route == .problems)
        let problems = state.lists.problems.map(\.orderID)
        #expect(state.handle(key: "enter") == [.reload])
        #expect(state.route == .order(problems[0]))
        #expect(state.stack.map(\.crumb) == ["Board", "Problems", "Order \(problems[0])"])
        _ = state.handle(key: "n")
        #expect(state.route == .order(problems[1]))
        _ = state.handle(key: "N")
        #expect(state.route == .order(problems[0]))
        _ = state.handle(key: "esc")
        #expect(state.route == .problems)
        _ = state.handle(key: "esc")
        #expect(state.route == .board)
    }

    @Test func filterFindsProblemOrdersBySKUAndChineseProductName() throws {
        let (data, request) = try data(shop: "UK-Living")
        var state = HeadlessBoard.state(for: .problems, data: data, request: request, themeName: "default")
        let all = state.lists.problems.count
        _ = state.handle(key: "/")
        for character in "KNF-BLK-05 B7" { _ = state.handle(key: String(character)) }
        let bySKU = state.lists.problems.count
        #expect(bySKU > 0 && bySKU < all)
        for id in state.lists.problems.map(\.orderID) {
            #expect(data.dashboard?.orderProducts[id]?.contains("KNF-BLK-05") == true)
        }
        _ = state.handle(key: "esc")
        _ = state.handle(key: "/")
        for character in "主厨刀" { _ = state.handle(key: String(character)) }
        #expect(state.lists.problems.count > 0 && state.lists.problems.count < all)
    }

    @Test func filterNarrowsTheFocusedListAsYouType() throws {
        let (data, request) = try data()
        var state = HeadlessBoard.state(for: .board, data: data, request: request, themeName: "default")
        _ = state.handle(key: "3")
        let all = state.lists.parcels.count
        let tracking = try #require(state.lists.parcels.last?.trackingNumber)
        _ = state.handle(key: "/")
        for character in tracking { _ = state.handle(key: String(character)) }
        #expect(state.lists.parcels.map(\.trackingNumber) == [tracking])
        _ = state.handle(key: "esc")
        #expect(state.lists.parcels.count == all)
    }
}
