/// Why the terminal could not be taken over.
public enum CursesError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped or redirected).
    case notATerminal
    /// `TERM` is unset or names a terminal the terminfo database does not know.
    case unknownTerminal(String)
    /// An ncurses call failed while setting up.
    case setupFailed(String)

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal (the board cannot run piped or redirected)"
        case .unknownTerminal(let name):
            name.isEmpty ? "TERM is not set; set it to your terminal type (for example xterm-256color)"
                : "unknown terminal type `\(name)` (TERM); try TERM=xterm-256color"
        case .setupFailed(let call):
            "could not set up the terminal: \(call) failed"
        }
    }
}
