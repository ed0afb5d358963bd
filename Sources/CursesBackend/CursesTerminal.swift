#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@preconcurrency import CCurses
import TermRender

/// The ncurses backend: takes over the terminal on creation and gives it back on `restore()`, on
/// deinit, at exit, and (through `.interrupt` events) on SIGINT, SIGTERM and SIGHUP.
///
/// Use from one thread only: ncurses is not thread-safe.
public final class CursesTerminal: TerminalBackend {
    /// How long a lone Esc waits for a following key before it counts as Esc (ms).
    public static let escapeDelay: Int32 = 25

    /// The current size of the screen.
    public private(set) var size: TerminalSize
    /// Whether the locale sends UTF-8 (after trying `C.UTF-8`); when false, wide text and box drawing
    /// will not show properly and the app should fall back to ASCII.
    public let isUTF8: Bool

    private var screen: OpaquePointer?
    private let palette: CursesPalette
    private var previousFrame: Buffer?
    private var previousTheme: Theme?
    private var pendingEvents: [InputEvent] = []
    private var isRestored = false

    /// Takes over the terminal: locale, `newterm` on `$TERM`, cbreak, no echo, keypad, no NL
    /// translation, hidden cursor, short Esc delay, default colours, signal handlers and an exit hook.
    /// `theme` is the first frame's theme; `allowPaletteChanges` lets 24-bit colours redefine palette
    /// slots where the terminal allows it. Throws `CursesError` (the terminal is left untouched).
    public init(theme: Theme = .builtInDefault, allowPaletteChanges: Bool = true) throws {
        isUTF8 = CursesTerminal.selectUTF8Locale()
        guard nc_stdin_is_tty() != 0, nc_stdout_is_tty() != 0 else { throw CursesError.notATerminal }
        let termName = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !termName.isEmpty else { throw CursesError.unknownTerminal("") }
        guard let screen = nc_newterm(termName) else { throw CursesError.unknownTerminal(termName) }
        self.screen = screen
        set_term(screen)
        nc_set_active(1)
        _ = nc_register_atexit()
        let window = nc_stdscr()
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(window, true)
        _ = intrflush(window, false)
        _ = curs_set(0)
        _ = set_escdelay(CursesTerminal.escapeDelay)
        palette = CursesPalette(allowPaletteChanges: allowPaletteChanges)
        size = TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        previousTheme = theme
        if nc_install_signal_handlers() != 0 {
            restore()
            throw CursesError.setupFailed("sigaction")
        }
        assert(CursesKeyMap.resizeCode == KEY_RESIZE && CursesKeyMap.key(forCode: KEY_NPAGE) == .pageDown)
    }

    deinit { restore() }

    /// Shows `buffer`: rows unchanged since the last frame are skipped, everything is repainted after a
    /// resize or theme change, and the screen is updated once (`doupdate`).
    public func draw(_ buffer: Buffer, theme: Theme) throws {
        guard !isRestored else { return }
        let window = nc_stdscr()
        let repaintAll = previousFrame == nil || previousFrame?.width != buffer.width
            || previousFrame?.height != buffer.height || previousTheme != theme
        if repaintAll { _ = werase(window) }
        let rows = min(buffer.height, size.height)
        let columns = min(buffer.width, size.width)
        var line = [cchar_t](repeating: cchar_t(), count: max(1, columns))
        for y in 0..<rows {
            let row = buffer.row(y)
            if !repaintAll, let previousFrame, previousFrame.row(y) == row { continue }
            var count = 0
            var x = 0
            for cell in row.prefix(columns) {
                defer { x += 1 }
                if cell.isContinuation { continue }
                // A wide glyph whose right half would fall off the screen is shown as a space.
                let symbol = cell.width == 2 && x + 1 >= columns ? " " : cell.symbol
                setCell(&line[count], symbol: symbol, style: cell.style)
                count += 1
            }
            _ = mvwadd_wchnstr(window, Int32(y), 0, &line, Int32(count))
        }
        previousFrame = buffer
        previousTheme = theme
        _ = wnoutrefresh(window)
        _ = doupdate()
    }

    /// The next key, resize or interrupt, waiting at most `timeoutMilliseconds` (negative: for ever).
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        if let signal = takeSignal() { return signal }
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        guard !isRestored else { return nil }
        let window = nc_stdscr()
        wtimeout(window, Int32(clamping: max(-1, timeoutMilliseconds)))
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if let signal = takeSignal() { return signal }
        switch status {
        case KEY_CODE_YES:
            let code = Int32(bitPattern: UInt32(value))
            if code == KEY_RESIZE { return resized() }
            return CursesKeyMap.key(forCode: code).map(InputEvent.key)
        case OK:
            let key = CursesKeyMap.key(forCharacter: UInt32(value))
            return .key(key == .escape ? escapeOrAlt(window) : key)
        default:
            return nil
        }
    }

    /// Ends curses (`endwin`), puts back the palette and the previous signal handlers. Idempotent.
    public func restore() {
        guard !isRestored else { return }
        isRestored = true
        palette.restore()
        _ = curs_set(1)
        nc_restore_if_active()
        nc_restore_signal_handlers()
        if let screen {
            delscreen(screen)
            self.screen = nil
        }
    }

    /// The colours the terminal offers (0 without colour support), for diagnostics.
    public var colorCount: Int { palette.colors }

    private func setCell(_ cell: inout cchar_t, symbol: String, style: Style) {
        var text = symbol.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        if text.isEmpty { text = [wchar_t(32)] }
        text.append(0)
        _ = nc_set_cell(&cell, text, attributes(style.attributes), palette.pair(for: style))
    }

    private func attributes(_ attributes: TextAttributes) -> attr_t {
        var value = nc_a_normal()
        if attributes.contains(.bold) { value |= nc_a_bold() }
        if attributes.contains(.dim) { value |= nc_a_dim() }
        if attributes.contains(.italic) { value |= nc_a_italic() }
        if attributes.contains(.underline) { value |= nc_a_underline() }
        if attributes.contains(.reverse) { value |= nc_a_reverse() }
        return value
    }

    /// After Esc, waits the escape delay for one more key: a printable one makes Alt+key, anything
    /// else is kept for the next call.
    private func escapeOrAlt(_ window: UnsafeMutablePointer<WINDOW>?) -> Key {
        wtimeout(window, CursesTerminal.escapeDelay)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        switch status {
        case OK:
            let next = CursesKeyMap.key(forCharacter: UInt32(value))
            if let alt = CursesKeyMap.altKey(followedBy: next) { return alt }
            pendingEvents.append(.key(next))
        case KEY_CODE_YES:
            let code = Int32(bitPattern: UInt32(value))
            if code == KEY_RESIZE {
                pendingEvents.append(resized())
            } else if let key = CursesKeyMap.key(forCode: code) {
                pendingEvents.append(.key(key))
            }
        default:
            break
        }
        return .escape
    }

    private func resized() -> InputEvent {
        let window = nc_stdscr()
        size = TerminalSize(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        previousFrame = nil
        return .resize(width: size.width, height: size.height)
    }

    private func takeSignal() -> InputEvent? {
        let signal = nc_take_pending_signal()
        return signal == 0 ? nil : .interrupt(signal: signal)
    }

    /// `setlocale(LC_ALL, "")`, then `C.UTF-8` for the character type when the user's locale is not
    /// UTF-8, so wide text is sent as UTF-8 whenever the system can; returns whether UTF-8 was reached.
    private static func selectUTF8Locale() -> Bool {
        _ = setlocale(LC_ALL, "")
        if localeIsUTF8() { return true }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return localeIsUTF8()
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nc_codeset() else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
