/// What the keyboard is typing into.
public enum InputMode: Hashable, Sendable {
    /// Keys are commands.
    case normal
    /// Keys edit the focused list's filter (`/`).
    case filter
    /// Keys edit a `:` command line.
    case command(String)
    /// Keys edit the file name of a snapshot (`S`).
    case snapshotName(String)
    /// The help overlay is open.
    case help
}
