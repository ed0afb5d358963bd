import Foundation

/// Drives a real program in a real terminal: a tmux server on a private socket, one session of a fixed
/// size, keys sent with `send-keys`, the screen read with `capture-pane -p`. Polls instead of sleeping.
public final class TmuxSession: @unchecked Sendable {
    /// Why a step failed, with the screen as it was.
    public struct Failure: Error, CustomStringConvertible {
        /// What was expected.
        public let message: String
        /// The captured screen.
        public let screen: String
        /// The message and the screen.
        public var description: String { "\(message)\n--- screen ---\n\(screen)\n--------------" }
    }

    private let socket: String
    /// The session (and target) name.
    public let name = "app"

    /// Starts `command` (run by `sh -c`) in a new detached session of `width`×`height` with `environment`
    /// added (LANG defaults to C.UTF-8, TERM inside tmux is tmux-256color).
    public init(command: String, width: Int, height: Int, environment: [String: String] = [:]) throws {
        socket = "dsrboard-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        var env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        env.merge(environment) { $1 }
        var args = ["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height)]
        for (k, v) in env.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
        args.append(command)
        try tmux(args)
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
        _ = try? tmux(["set-option", "-t", name, "status", "off"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// The screen's text now (`capture-pane -p`), one line per row.
    public func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", name])
    }

    /// Waits until the screen matches `pattern` (a regular expression); returns the screen.
    @discardableResult
    public func waitFor(_ pattern: String, timeout: TimeInterval = 10) throws -> String {
        try poll(pattern, timeout: timeout, untilPresent: true)
    }

    /// Waits until the screen no longer matches `pattern`.
    @discardableResult
    public func waitUntilGone(_ pattern: String, timeout: TimeInterval = 10) throws -> String {
        try poll(pattern, timeout: timeout, untilPresent: false)
    }

    /// Captures the screen every 100 ms until `pattern` is present (or gone), or the timeout passes.
    private func poll(_ pattern: String, timeout: TimeInterval, untilPresent: Bool) throws -> String {
        let regex = try NSRegularExpression(pattern: pattern)
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            let isPresent = regex.firstMatch(in: screen, range: NSRange(screen.startIndex..., in: screen)) != nil
            if isPresent == untilPresent { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        let goal = untilPresent ? "" : " to go"
        throw Failure(message: "timed out after \(timeout) s waiting for /\(pattern)/\(goal)", screen: screen)
    }

    /// Sends tmux key names (`Tab`, `Enter`, `Escape`, `Down`, `BTab`, `q`).
    public func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    /// Types text literally (any Unicode).
    public func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }

    /// Resizes the terminal.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Whether the program has exited, and its status.
    public func exitStatus() throws -> Int32? {
        let out = try tmux(["display", "-p", "-t", name, "#{pane_dead} #{pane_dead_status}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        guard out.first == "1", out.count == 2 else { return nil }
        return Int32(out[1])
    }

    /// Waits for the program to exit and returns its status.
    public func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let status = try exitStatus() { return status }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        throw Failure(message: "the program did not exit within \(timeout) s", screen: (try? capture()) ?? "")
    }

    /// Whether tmux is installed (end-to-end tests need it; `make test` installs it).
    public static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    private func tmux(_ args: [String]) throws -> String {
        let result = try ChildProcess.run(["/usr/bin/env", "tmux", "-L", socket, "-f", "/dev/null"] + args)
        guard result.status == 0 else {
            throw Failure(message: "tmux \(args.joined(separator: " ")) failed: \(result.err)", screen: "")
        }
        return result.out
    }
}
