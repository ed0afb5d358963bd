/// Everything a key can ask the board to do (`KeyBinding.all` says which key does which).
public enum BoardAction: String, CaseIterable, Sendable {
    /// Leave the board.
    case quit
    /// Show every key.
    case help
    /// Focus the next pane.
    case focusNext
    /// Focus the previous pane.
    case focusPrevious
    /// Focus DSR.
    case focus1
    /// Focus Open tickets.
    case focus2
    /// Focus Late parcels.
    case focus3
    /// Focus Ads × DSR.
    case focus4
    /// Move up a row (or scroll).
    case up
    /// Move down a row (or scroll).
    case down
    /// Focus the pane to the left.
    case left
    /// Focus the pane to the right.
    case right
    /// Move up a page.
    case pageUp
    /// Move down a page.
    case pageDown
    /// Go to the first row.
    case top
    /// Go to the last row.
    case bottom
    /// Open the selected row's order.
    case open
    /// Go back one screen (or clear the filter).
    case back
    /// Zoom the focused pane, or unzoom.
    case zoom
    /// Show Problem orders.
    case problems
    /// Open the next problem order.
    case nextProblem
    /// Open the previous problem order.
    case previousProblem
    /// Type a filter for the focused list.
    case filter
    /// Cycle the focused list's sort order.
    case sort
    /// Type a `:` command.
    case command
    /// Re-read the database now.
    case refresh
    /// Pause or resume live refresh.
    case pause
    /// Switch to the next theme.
    case cycleTheme
    /// Write the screen to snapshot files.
    case snapshot
    /// Write the screen under a typed name.
    case snapshotAs
    /// Show the next shop.
    case nextShop
    /// Show the previous shop.
    case previousShop
}
