/// Work a key asks of the runner: the controller itself only changes state.
public enum BoardEffect: Hashable, Sendable {
    /// Leave the board.
    case quit
    /// Re-read the database now.
    case refresh
    /// The shop or the order on screen changed: load for the new request.
    case reload
    /// Write a snapshot of the screen (a name typed after `S`, or the generated one).
    case snapshot(name: String?)
    /// Switch theme: a name, or nil for the next one.
    case theme(String?)
}
