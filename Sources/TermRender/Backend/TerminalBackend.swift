/// A screen the board draws frames on and reads input from; the app is written against this, so it
/// runs the same on ncurses and in memory. All calls come from one thread.
public protocol TerminalBackend: AnyObject {
    /// The current size; a frame should be a buffer of exactly this size.
    var size: TerminalSize { get }

    /// Shows `buffer` (cells outside the screen are ignored); `theme` tells the backend how to treat
    /// the terminal's default colours.
    func draw(_ buffer: Buffer, theme: Theme) throws

    /// The next event, waiting at most `timeoutMilliseconds` (0 polls, negative waits for ever); nil
    /// when nothing happened in time.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?

    /// Gives the terminal back as it was found; safe to call more than once.
    func restore()
}
