/// Everything a key can ask the board to do.
public enum BoardAction: String, CaseIterable, Sendable {
    case quit, help, focusNext, focusPrevious, focus1, focus2, focus3, focus4
    case up, down, left, right, pageUp, pageDown, top, bottom
    case open, back, zoom, problems, nextProblem, previousProblem
    case filter, sort, command, refresh, pause, cycleTheme, snapshot, snapshotAs, nextShop, previousShop
}
