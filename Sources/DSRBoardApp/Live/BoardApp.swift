import DSRModel
import Foundation
import TermRender

/// The live board's loop on the UI thread: takes the reader's loads, draws one frame, waits up to 100 ms for a
/// key, and carries out what the key asks. Written against `TerminalBackend`, so it runs the same on ncurses
/// and in memory.
public final class BoardApp {
    /// Resolves a theme by name (`:theme`), or lists the names `t` cycles through.
    public struct Themes: Sendable {
        /// Loads a theme by name or path.
        public var load: @Sendable (String) throws -> Theme
        /// Every theme name, in cycling order.
        public var names: @Sendable () -> [String]

        /// Theme access through closures, so the app does not care where themes live.
        public init(load: @escaping @Sendable (String) throws -> Theme, names: @escaping @Sendable () -> [String]) {
            self.load = load
            self.names = names
        }
    }

    private let backend: TerminalBackend
    private let reader: BoardReader
    private let themes: Themes
    private let saver: SnapshotSaver
    private let wallClock: @Sendable () -> Double
    /// The state on screen.
    public private(set) var state: BoardState
    /// The theme in use.
    public private(set) var theme: Theme
    /// The frame last drawn (exactly what `s` writes).
    public private(set) var frame: Buffer?

    /// A board on `backend`, fed by `reader`.
    public init(backend: TerminalBackend, reader: BoardReader, state: BoardState, theme: Theme, themes: Themes,
                saver: SnapshotSaver, wallClock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.backend = backend
        self.reader = reader
        self.state = state
        self.theme = theme
        self.themes = themes
        self.saver = saver
        self.wallClock = wallClock
        self.state.themeName = theme.name
    }

    /// Runs until `q` or a signal; returns the exit code (0, or 128+signal).
    public func run() throws -> Int32 {
        reader.start()
        defer { reader.stop() }
        // Draw after every event and report, and otherwise once a second (ages and flashes), so an idle board
        // open all day costs next to nothing.
        var needsDraw = true
        var lastDrawnSecond = -1
        while true {
            state.clock = wallClock()
            if takeReports() { needsDraw = true }
            let second = Int(state.clock)
            if needsDraw || second != lastDrawnSecond {
                try drawFrame()
                needsDraw = false
                lastDrawnSecond = second
            }
            guard let event = backend.nextEvent(timeoutMilliseconds: 100) else { continue }
            if let code = try handle(event) { return code }
            needsDraw = true
        }
    }

    /// Starts the background reader (`run` does this; tests that step the app call it themselves).
    public func startReader() { reader.start() }

    /// Stops the background reader.
    public func stopReader() { reader.stop() }

    /// Handles one event; returns an exit code when the board should close.
    @discardableResult
    public func handle(_ event: InputEvent) throws -> Int32? {
        switch event {
        case .resize:
            return nil
        case .interrupt(let signal):
            return 128 + signal
        case .key(let key):
            state.clock = wallClock()
            if case .control("c") = key { return 0 }
            // Below the minimum size nothing is visible to act on: only quitting works.
            let size = backend.size
            if size.width < BoardScreen.minimumSize.width || size.height < BoardScreen.minimumSize.height {
                return KeyName.of(key) == "q" ? 0 : nil
            }
            for effect in state.handle(key: KeyName.of(key)) {
                if try carryOut(effect) { return 0 }
            }
            reader.setPaused(state.isPaused)
            return nil
        }
    }

    /// Takes the reader's reports into the state; returns whether there were any.
    @discardableResult
    public func takeReports() -> Bool {
        let reports = reader.drain()
        for report in reports {
            switch report {
            case .loaded(let data):
                // A load for an older request (the user moved on) still refreshes the board but not the story.
                state.accept(data)
            case .checked(let at):
                state.lastCheckedAt = at
                state.loadError = nil
            case .failed(let message):
                state.loadError = message
            }
        }
        return !reports.isEmpty
    }

    /// Draws the state at the backend's size.
    public func drawFrame() throws {
        state.clock = wallClock()
        let size = backend.size
        let (buffer, info) = BoardScreen.render(state, theme: theme, width: size.width, height: size.height)
        state.pageSizes = info.pageSizes
        state.scrollLimits = info.scrollLimits
        guard buffer != frame else { return }
        frame = buffer
        try backend.draw(buffer, theme: theme)
    }

    /// Carries out one effect; returns true to quit.
    private func carryOut(_ effect: BoardEffect) throws -> Bool {
        switch effect {
        case .quit:
            return true
        case .refresh:
            reader.refreshNow()
        case .reload:
            reader.update(state.request)
        case .theme(let name):
            switchTheme(name)
        case .snapshot(let name):
            // Draw first so the file holds exactly the screen as it is now (the prompt line gone).
            try drawFrame()
            guard let frame else { return false }
            let shop = state.dashboard?.shop?.name ?? "all"
            do {
                let paths = try saver.save(frame, theme: theme, shop: shop, view: state.viewName,
                                           at: EpochSeconds(wallClock()), name: name)
                state.show("snapshot saved to " + paths.joined(separator: ", "), level: .success, seconds: 8)
            } catch {
                state.show("\(error)", level: .error, seconds: 8)
            }
        }
        return false
    }

    private func switchTheme(_ name: String?) {
        let target: String
        if let name {
            target = name
        } else {
            let names = themes.names()
            guard !names.isEmpty else { return }
            let index = names.firstIndex(of: theme.name).map { ($0 + 1) % names.count } ?? 0
            target = names[index]
        }
        do {
            theme = try themes.load(target)
            state.themeName = theme.name
            state.show("theme \(theme.name)")
        } catch {
            state.show("\(error)", level: .error, seconds: 8)
        }
    }
}
