import Foundation
import DSRMetrics
import DSRModel

/// The controller: how each key changes the state, and what it asks the runner to do.
extension BoardState {
    /// Handles one key (by name, see `KeyName`) and returns the work it asks for.
    public mutating func handle(key: String) -> [BoardEffect] {
        switch mode {
        case .help:
            if ["esc", "q", "?", "backspace", "enter"].contains(key) { mode = .normal; return [] }
            if let action = KeyBinding.action(for: key) { return scroll(action, in: .help) }
            return []
        case .filter:
            return editFilter(key)
        case .command(let text):
            return editLine(key, text: text, make: InputMode.command) { state, line in state.run(command: line) }
        case .snapshotName(let text):
            return editLine(key, text: text, make: InputMode.snapshotName) { _, line in
                [.snapshot(name: line.isEmpty ? nil : line)]
            }
        case .normal:
            guard let action = KeyBinding.action(for: key) else { return [] }
            return perform(action)
        }
    }

    /// Performs one action in normal mode.
    public mutating func perform(_ action: BoardAction) -> [BoardEffect] {
        switch action {
        case .quit: return [.quit]
        case .help:
            mode = .help
            cursors[.help]?.offset = 0
        case .focusNext: focusPane(focus.next)
        case .focusPrevious: focusPane(focus.previous)
        case .focus1: focusPane(.dsr)
        case .focus2: focusPane(.tickets)
        case .focus3: focusPane(.parcels)
        case .focus4: focusPane(.ads)
        case .left, .right:
            if route == .board {
                // The 2×2 grid: 1 2 / 3 4; left and right move within a row.
                let column = (focus.rawValue - 1) % 2
                let row = (focus.rawValue - 1) / 2
                let target = action == .left ? max(0, column - 1) : min(1, column + 1)
                focusPane(PaneID(rawValue: row * 2 + target + 1)!)
            }
        case .up, .down, .pageUp, .pageDown, .top, .bottom:
            if let list = activeList { return scroll(action, in: list) }
        case .open: return openSelection()
        case .back: return goBack()
        case .zoom:
            if route == .board { stack.append(.pane(focus)) } else if case .pane = route { stack.removeLast() }
        case .problems:
            if route != .problems { stack = [.board, .problems] }
        case .nextProblem: return jumpToProblem(by: 1)
        case .previousProblem: return jumpToProblem(by: -1)
        case .filter:
            guard let list = activeList, list.isFilterable else {
                show("nothing to filter here: focus Open tickets (2), Late parcels (3) or open Problem orders (p)", level: .warning)
                return []
            }
            mode = .filter
        case .sort:
            guard let list = activeList, list.sortOrders.count > 1 else { return [] }
            let next = ((cursors[list]?.sortIndex ?? 0) + 1) % list.sortOrders.count
            cursors[list]?.sortIndex = next
            recomputeLists()
            show("sorted by \(list.sortOrders[next])")
        case .command: mode = .command("")
        case .refresh:
            show("refreshing…")
            return [.refresh]
        case .pause:
            isPaused.toggle()
            show(isPaused ? "live refresh paused (space resumes)" : "live refresh resumed")
            return isPaused ? [] : [.refresh]
        case .cycleTheme: return [.theme(nil)]
        case .snapshot: return [.snapshot(name: nil)]
        case .snapshotAs: mode = .snapshotName("")
        case .nextShop, .previousShop: return switchShop(by: action == .nextShop ? 1 : -1)
        }
        return []
    }

    /// Opens an order's story on top of the stack.
    public mutating func openOrder(_ orderID: String) -> [BoardEffect] {
        if case .order = route { stack.removeLast() }
        stack.append(.order(orderID))
        cursors[.story]?.offset = 0
        request.storyOrderID = orderID
        return [.reload]
    }

    private mutating func focusPane(_ pane: PaneID) {
        focus = pane
        if case .pane = route { stack[stack.count - 1] = .pane(pane) }
        if route != .board, !isPaneRoute { stack = [.board] ; request.storyOrderID = nil }
    }

    private var isPaneRoute: Bool {
        if case .pane = route { return true }
        return false
    }

    private mutating func scroll(_ action: BoardAction, in list: ListID) -> [BoardEffect] {
        let page = max(1, (pageSizes[list] ?? 10) - 1)
        if list == .story || list == .help {
            let limit = scrollLimits[list] ?? Int.max
            var offset = cursors[list]?.offset ?? 0
            switch action {
            case .up: offset -= 1
            case .down: offset += 1
            case .pageUp: offset -= page
            case .pageDown: offset += page
            case .top: offset = 0
            case .bottom: offset = limit
            default: break
            }
            cursors[list]?.offset = max(0, min(offset, limit))
            return []
        }
        let keys = lists.keys(list)
        var cursor = cursors[list] ?? ListState()
        switch action {
        case .up: cursor.move(by: -1, in: keys)
        case .down: cursor.move(by: 1, in: keys)
        case .pageUp: cursor.move(by: -page, in: keys)
        case .pageDown: cursor.move(by: page, in: keys)
        case .top: cursor.select(0, in: keys)
        case .bottom: cursor.select(keys.count - 1, in: keys)
        default: break
        }
        cursors[list] = cursor
        return []
    }

    private mutating func openSelection() -> [BoardEffect] {
        guard let list = activeList, list != .story, list != .help else {
            if route == .board, focus == .dsr || focus == .ads { stack.append(.pane(focus)) }
            return []
        }
        let keys = lists.keys(list)
        guard let index = cursors[list]?.resolve(in: keys) else {
            show("nothing selected", level: .warning)
            return []
        }
        guard let orderID = lists.orderID(in: list, at: index) else {
            // No order to open: say what the ticket is, so it can be found in the helpdesk.
            if list == .tickets, lists.tickets.indices.contains(index) {
                let t = lists.tickets[index]
                show("#\(t.id) \(t.source.rawValue) · \(t.status.description) · agent \(t.assignee ?? "—") · "
                     + "\"\(t.subject ?? "")\" is not linked to an order", level: .warning, seconds: 10)
            } else {
                show("\(keys[index]) is not linked to an order", level: .warning)
            }
            return []
        }
        return openOrder(orderID)
    }

    private mutating func goBack() -> [BoardEffect] {
        guard stack.count > 1 else {
            if let list = activeList, !(cursors[list]?.filter.isEmpty ?? true) {
                cursors[list]?.filter = ""
                recomputeLists()
            }
            return []
        }
        let leaving = stack.removeLast()
        if case .order = leaving {
            if case .order(let id) = route { request.storyOrderID = id } else { request.storyOrderID = nil }
            return [.reload]
        }
        return []
    }

    private mutating func jumpToProblem(by step: Int) -> [BoardEffect] {
        let keys = lists.keys(.problems)
        guard !keys.isEmpty else {
            show("no problem orders", level: .success)
            return []
        }
        var cursor = cursors[.problems] ?? ListState()
        let current: Int? = {
            if case .order(let id) = route { return keys.firstIndex(of: id) }
            return nil
        }()
        if let current {
            cursor.select((current + step + keys.count) % keys.count, in: keys)
        } else if case .order = route {
            cursor.select(step > 0 ? 0 : keys.count - 1, in: keys)
        } else {
            _ = cursor.resolve(in: keys)
        }
        cursors[.problems] = cursor
        stack = [.board, .problems]
        return openOrder(keys[cursor.selectedIndex])
    }

    private mutating func switchShop(by step: Int) -> [BoardEffect] {
        guard let shops = data?.shops, shops.count > 1 else {
            show("only one shop in the database")
            return []
        }
        let current = shops.firstIndex { $0.id == request.shopID } ?? 0
        return selectShop(shops[(current + step + shops.count) % shops.count])
    }

    private mutating func selectShop(_ shop: Shop) -> [BoardEffect] {
        request.shopID = shop.id
        request.storyOrderID = nil
        stack = [.board]
        for list in ListID.allCases { cursors[list] = ListState() }
        show("shop \(shop.name)")
        return [.reload]
    }

    private mutating func editFilter(_ key: String) -> [BoardEffect] {
        guard let list = activeList else { mode = .normal; return [] }
        var text = cursors[list]?.filter ?? ""
        switch key {
        case "esc": text = ""; mode = .normal
        case "enter": mode = .normal
        case "backspace": if !text.isEmpty { text.removeLast() }
        case "up", "down", "pageup", "pagedown": return scroll(KeyBinding.action(for: key) ?? .down, in: list)
        default:
            guard let typed = KeyName.printable(key) else { return [] }
            text.append(typed)
        }
        cursors[list]?.filter = text
        recomputeLists()
        return []
    }

    private mutating func editLine(_ key: String, text: String, make: (String) -> InputMode,
                                   submit: (inout BoardState, String) -> [BoardEffect]) -> [BoardEffect] {
        switch key {
        case "esc":
            mode = .normal
        case "enter":
            mode = .normal
            return submit(&self, text.trimmingCharacters(in: .whitespaces))
        case "backspace":
            mode = text.isEmpty ? .normal : make(String(text.dropLast()))
        default:
            if let typed = KeyName.printable(key) { mode = make(text + typed) }
        }
        return []
    }

    /// Runs a `:` command line.
    public mutating func run(command line: String) -> [BoardEffect] {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        guard let verb = parts.first?.lowercased() else { return [] }
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch verb {
        case "q", "quit": return [.quit]
        case "order", "o":
            guard !argument.isEmpty else { show("usage: :order ID", level: .warning); return [] }
            return openOrder(argument)
        case "shop":
            guard let shops = data?.shops, !argument.isEmpty else { show("usage: :shop ID|NAME", level: .warning); return [] }
            guard let shop = shops.first(where: { $0.id == argument || $0.name.lowercased() == argument.lowercased() }) else {
                show("no shop '\(argument)'; shops: \(shops.map(\.name).joined(separator: ", "))", level: .error)
                return []
            }
            return selectShop(shop)
        case "theme":
            guard !argument.isEmpty else { show("usage: :theme NAME", level: .warning); return [] }
            return [.theme(argument)]
        case "problems": return perform(.problems)
        case "help": return perform(.help)
        case _ where parts.count == 1 && verb.allSatisfy(\.isNumber) && verb.count >= 6:
            // A bare order id, as pasted from a chat.
            return openOrder(verb)
        default:
            show("unknown command '\(verb)': try order ID, shop ID, theme NAME, problems, help, quit", level: .error)
            return []
        }
    }
}
