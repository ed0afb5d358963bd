import DSRMetrics
import DSRModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The board's background reader (k9s's model goroutine): on its own thread and its own read-only connection,
/// it polls `PRAGMA data_version` every `interval` seconds and loads the figures only when the data, the request
/// or (without a fixed `--as-of`) the minute changed. The UI thread takes its reports with `drain()`, so a slow
/// query never blocks a key.
public final class BoardReader: @unchecked Sendable {
    private let condition = NSCondition()
    private let path: String
    private let settings: MetricsSettings
    private let interval: Double
    // Guarded by `condition`.
    private var request: LoadRequest
    private var isForced = true
    private var isPaused = false
    private var isStopped = false
    private var outbox: [ReaderEvent] = []
    private var thread: Thread?

    /// A reader of the database at `path`, computing with `settings`, polling every `interval` seconds.
    public init(path: String, settings: MetricsSettings, request: LoadRequest, interval: Double) {
        self.path = path
        self.settings = settings
        self.request = request
        self.interval = max(0.1, interval)
    }

    /// Starts the reader thread; it loads at once.
    public func start() {
        let thread = Thread { [self] in run() }
        thread.name = "dsrboard-reader"
        self.thread = thread
        thread.start()
    }

    /// Asks for a different shop, order or instant; loads at once.
    public func update(_ request: LoadRequest) {
        condition.withLock {
            if self.request != request { self.request = request; isForced = true }
            condition.signal()
        }
    }

    /// Loads now, even when nothing changed.
    public func refreshNow() {
        condition.withLock { isForced = true; condition.signal() }
    }

    /// Stops or resumes polling (a forced refresh still loads).
    public func setPaused(_ paused: Bool) {
        condition.withLock { isPaused = paused; condition.signal() }
    }

    /// Stops the thread after its current load.
    public func stop() {
        condition.withLock { isStopped = true; condition.signal() }
    }

    /// Takes every report since the last call.
    public func drain() -> [ReaderEvent] {
        condition.withLock {
            defer { outbox.removeAll() }
            return outbox
        }
    }

    private func publish(_ event: ReaderEvent) {
        condition.withLock {
            // Only the newest load matters; dropping older ones keeps a slow UI from falling behind.
            if case .loaded = event { outbox.removeAll { if case .loaded = $0 { true } else { false } } }
            outbox.append(event)
        }
    }

    private func run() {
        var source: DashboardSource?
        var lastVersion: Int64?
        var lastRequest: LoadRequest?
        var lastData: BoardData?
        var lastLoad = 0.0
        var openedFile: FileIdentity?
        while true {
            condition.lock()
            if !isForced && !isStopped { _ = condition.wait(until: Date(timeIntervalSinceNow: interval)) }
            let stopped = isStopped, forced = isForced, paused = isPaused, request = self.request
            isForced = false
            condition.unlock()
            if stopped { return }
            if paused && !forced { continue }
            do {
                // A file replaced under the same name (a fresh demo, a restored backup) keeps the old connection on
                // the old inode: reopen when the identity changes, so the board never shows a deleted file as LIVE.
                let identity = FileIdentity(path: path)
                if source != nil, identity != openedFile {
                    // A new file's data_version counts from scratch: nothing loaded from the old one may be reused.
                    source = nil
                    lastVersion = nil
                    lastData = nil
                }
                if source == nil {
                    source = try DashboardSource(path: path, settings: settings)
                    openedFile = identity
                }
                guard let source else { continue }
                let version = try source.dataVersion()
                let wall = Date().timeIntervalSince1970
                let clockMoved = request.fixedAsOf == nil && wall - lastLoad >= 30
                if forced || version != lastVersion || request != lastRequest || clockMoved {
                    let previous = (forced || clockMoved) ? nil : lastData.flatMap { data in lastRequest.map { (data, $0) } }
                    let data = try request.load(from: source, now: EpochSeconds(wall), wallClock: wall, reusing: previous)
                    lastVersion = data.dataVersion
                    lastRequest = request
                    lastData = data
                    if previous == nil || data.dashboard?.asOf != previous?.0.dashboard?.asOf { lastLoad = wall }
                    publish(.loaded(data))
                } else {
                    publish(.checked(at: wall))
                }
            } catch {
                source = nil
                publish(.failed("\(error)"))
            }
        }
    }
}
