/// A backend without a terminal, for tests: events come from a script, frames are kept for inspection.
public final class InMemoryBackend: TerminalBackend {
    /// The current size; it changes when a scripted resize event is delivered.
    public private(set) var size: TerminalSize
    /// Events still to be delivered, first one next.
    public private(set) var pendingEvents: [InputEvent]
    /// The last frame drawn, nil before the first.
    public private(set) var lastFrame: Buffer?
    /// The theme the last frame was drawn with.
    public private(set) var lastTheme: Theme?
    /// How many frames were drawn.
    public private(set) var frameCount = 0
    /// Whether `restore()` has been called.
    public private(set) var isRestored = false
    /// Timeouts passed to `nextEvent`, in order (to check that the app polls).
    public private(set) var requestedTimeouts: [Int] = []

    /// Creates a backend of the given size that will deliver `events` in order.
    public init(width: Int = 80, height: Int = 24, events: [InputEvent] = []) {
        size = TerminalSize(width: width, height: height)
        pendingEvents = events
    }

    /// Queues more events after those already scripted.
    public func enqueue(_ events: InputEvent...) {
        pendingEvents += events
    }

    /// Queues key presses, one per character of `text` (`Key(character:)` decodes controls).
    public func type(_ text: String) {
        pendingEvents += text.map { .key(Key(character: $0)) }
    }

    /// Queues a resize; the size changes when the event is delivered, as on a real terminal.
    public func resize(width: Int, height: Int) {
        pendingEvents.append(.resize(width: max(0, width), height: max(0, height)))
    }

    /// Records the frame.
    public func draw(_ buffer: Buffer, theme: Theme) {
        lastFrame = buffer
        lastTheme = theme
        frameCount += 1
    }

    /// The next scripted event (a resize also takes effect), or nil when the script is exhausted.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        requestedTimeouts.append(timeoutMilliseconds)
        guard !pendingEvents.isEmpty else { return nil }
        let event = pendingEvents.removeFirst()
        if case .resize(let width, let height) = event { size = TerminalSize(width: width, height: height) }
        return event
    }

    /// Marks the backend restored.
    public func restore() {
        isRestored = true
    }

    /// The last frame as plain text (empty before the first frame).
    public var screenText: String {
        lastFrame.map { SnapshotWriter.render(buffer: $0, format: .txt) } ?? ""
    }
}
