/// One key (by name, as `KeyName` spells it) bound to an action, with the words the help screen shows.
public struct KeyBinding: Sendable {
    /// The key names that trigger it.
    public var keys: [String]
    /// The action.
    public var action: BoardAction
    /// What it does, for `?`.
    public var help: String

    /// A binding.
    public init(_ keys: [String], _ action: BoardAction, _ help: String) {
        self.keys = keys
        self.action = action
        self.help = help
    }

    /// Every binding, in the order the help screen lists them.
    public static let all: [KeyBinding] = [
        KeyBinding(["tab"], .focusNext, "focus the next pane"),
        KeyBinding(["backtab"], .focusPrevious, "focus the previous pane"),
        KeyBinding(["1"], .focus1, "focus DSR"),
        KeyBinding(["2"], .focus2, "focus Open tickets"),
        KeyBinding(["3"], .focus3, "focus Late parcels"),
        KeyBinding(["4"], .focus4, "focus Ads × DSR"),
        KeyBinding(["up", "k"], .up, "move up"),
        KeyBinding(["down", "j"], .down, "move down"),
        KeyBinding(["left", "h"], .left, "pane to the left"),
        KeyBinding(["right", "l"], .right, "pane to the right"),
        KeyBinding(["pageup", "ctrl-b"], .pageUp, "page up"),
        KeyBinding(["pagedown", "ctrl-f"], .pageDown, "page down"),
        KeyBinding(["g", "home"], .top, "first row"),
        KeyBinding(["G", "end"], .bottom, "last row"),
        KeyBinding(["enter"], .open, "open the order of the selected row"),
        KeyBinding(["esc", "backspace"], .back, "go back"),
        KeyBinding(["z"], .zoom, "zoom the focused pane"),
        KeyBinding(["p"], .problems, "Problem orders"),
        KeyBinding(["n"], .nextProblem, "next problem order"),
        KeyBinding(["N"], .previousProblem, "previous problem order"),
        KeyBinding(["/"], .filter, "filter the list (Esc clears)"),
        KeyBinding(["o"], .sort, "cycle the sort order"),
        KeyBinding([":"], .command, "command: order ID · shop ID|NAME · theme NAME · quit"),
        KeyBinding(["r"], .refresh, "refresh now"),
        KeyBinding(["space"], .pause, "pause / resume live refresh"),
        KeyBinding(["t"], .cycleTheme, "next theme"),
        KeyBinding(["s"], .snapshot, "snapshot the screen to files"),
        KeyBinding(["S"], .snapshotAs, "snapshot under a name you type"),
        KeyBinding(["]"], .nextShop, "next shop"),
        KeyBinding(["["], .previousShop, "previous shop"),
        KeyBinding(["?"], .help, "this help"),
        KeyBinding(["q"], .quit, "quit"),
    ]

    /// The action bound to a key name.
    public static func action(for key: String) -> BoardAction? {
        lookup[key]
    }

    private static let lookup: [String: BoardAction] = {
        var table: [String: BoardAction] = [:]
        for binding in all { for key in binding.keys { table[key] = binding.action } }
        return table
    }()
}
