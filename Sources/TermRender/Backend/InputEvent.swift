/// Something that happened at the terminal.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// A signal asked the board to stop (SIGINT, SIGTERM, SIGHUP); the terminal should be restored.
    case interrupt(signal: Int32)
}
