import Foundation

/// The demo database of the fixed seed and clock, generated once per test run by the real binary and shared
/// (read-only) by every test that needs realistic data.
public enum DemoDatabase {
    /// The instant the fixed demo history ends at, and the `--as-of` of every golden screen.
    public static let now = "2026-12-04T12:00:00Z"

    /// Path of the generated database; generation failures are reported by the first test that asks.
    public static func path() throws -> String {
        try shared.get()
    }

    private static let shared: Result<String, DemoDatabaseError> = {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("dsrboard-demo-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("demo.sqlite").path
        do {
            let result = try BuiltBinary.run(["demo", "--no-board", "--fresh", "--db", path, "--now", now])
            guard result.status == 0 else { return .failure(DemoDatabaseError(message: result.err)) }
            return .success(path)
        } catch {
            return .failure(DemoDatabaseError(message: "\(error)"))
        }
    }()
}

/// The demo database could not be generated.
public struct DemoDatabaseError: Error, CustomStringConvertible {
    /// What the generator said.
    public var message: String
    /// The message.
    public var description: String { "cannot generate the demo database: \(message)" }

    /// An error with what went wrong.
    public init(message: String) { self.message = message }
}
