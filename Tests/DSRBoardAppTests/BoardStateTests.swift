import DSRBoardApp
import Testing

@Suite("Board state without data")
struct BoardStateTests {
    @Test func listCursorFollowsTheSelectedKeyWhenRowsMove() {
        var cursor = ListState()
        #expect(cursor.resolve(in: ["a", "b", "c"]) == 0)
        cursor.move(by: 1, in: ["a", "b", "c"])
        #expect(cursor.selectedKey == "b")
        // A refresh puts a new row first: the selection stays on "b".
        #expect(cursor.resolve(in: ["new", "a", "b", "c"]) == 2)
        // "b" disappears: the cursor keeps its position, clamped.
        #expect(cursor.resolve(in: ["new", "a"]) == 1)
        #expect(cursor.selectedKey == "a")
        #expect(cursor.resolve(in: []) == nil)
    }

    @Test func cursorMovesClampAtBothEnds() {
        var cursor = ListState()
        let keys = ["a", "b", "c"]
        cursor.move(by: -5, in: keys)
        #expect(cursor.selectedIndex == 0)
        cursor.move(by: 50, in: keys)
        #expect(cursor.selectedKey == "c")
        cursor.select(1, in: keys)
        #expect(cursor.scrollOffset(visibleRows: 1, rowCount: 3) == 1)
    }

    @Test func tabCyclesThePanesAndDigitsFocusThem() {
        var state = BoardState(request: LoadRequest())
        #expect(state.focus == .dsr)
        _ = state.handle(key: "tab")
        #expect(state.focus == .tickets)
        _ = state.handle(key: "backtab")
        _ = state.handle(key: "backtab")
        #expect(state.focus == .ads)
        _ = state.handle(key: "3")
        #expect(state.focus == .parcels)
        _ = state.handle(key: "h")
        #expect(state.focus == .parcels)
        _ = state.handle(key: "l")
        #expect(state.focus == .ads)
        _ = state.handle(key: "k")
        #expect(state.focus == .ads)
    }

    @Test func commandLineOpensAnOrderAndEscGoesBack() {
        var state = BoardState(request: LoadRequest())
        _ = state.handle(key: ":")
        for character in "order 577301234560519372" { _ = state.handle(key: String(character)) }
        #expect(state.mode == .command("order 577301234560519372"))
        let effects = state.handle(key: "enter")
        #expect(effects == [.reload])
        #expect(state.route == .order("577301234560519372"))
        #expect(state.request.storyOrderID == "577301234560519372")
        _ = state.handle(key: "esc")
        #expect(state.route == .board)
        #expect(state.request.storyOrderID == nil)
    }

    @Test func unknownCommandFlashesAnErrorAndQuitQuits() {
        var state = BoardState(request: LoadRequest())
        #expect(state.run(command: "frobnicate") == [])
        #expect(state.visibleFlash?.level == .error)
        #expect(state.handle(key: "q") == [.quit])
        #expect(state.run(command: "theme light") == [.theme("light")])
    }

    @Test func helpOverlayOpensAndClosesAndSwallowsKeys() {
        var state = BoardState(request: LoadRequest())
        _ = state.handle(key: "?")
        #expect(state.mode == .help)
        #expect(state.handle(key: "q") == [])
        #expect(state.mode == .normal)
    }

    @Test func spacePausesAndResumes() {
        var state = BoardState(request: LoadRequest())
        #expect(state.handle(key: "space") == [])
        #expect(state.isPaused)
        #expect(state.handle(key: "space") == [.refresh])
        #expect(!state.isPaused)
    }

    @Test func viewsParseForTheSnapshotCommand() {
        #expect(Route(view: "board") == .board)
        #expect(Route(view: "problems") == .problems)
        #expect(Route(view: "tickets") == .pane(.tickets))
        #expect(Route(view: "order:42") == .order("42"))
        #expect(Route(view: "order:") == nil)
        #expect(Route(view: "nope") == nil)
    }

    @Test func filterMatchesEveryWordInAnyField() {
        #expect(BoardLists.matches("mug 0519", fields: ["Ceramic MUG", "…0519372"]))
        #expect(BoardLists.matches("物流", fields: ["物流一直没有更新"]))
        #expect(!BoardLists.matches("knife", fields: ["mug", nil]))
        #expect(BoardLists.matches("", fields: []))
    }
}
