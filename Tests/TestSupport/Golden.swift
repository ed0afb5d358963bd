import Foundation

/// Golden files: reviewed expected outputs under a test target's `Snapshots/` folder. `RECORD_SNAPSHOTS=1`
/// rewrites them (then review the diff with `git diff` before committing).
public enum Golden {
    /// Whether this run records instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with the golden file `name` in `directory`; returns a readable difference, or nil when
    /// equal (or when recording, after writing it).
    public static func difference(_ actual: String, named name: String, in directory: URL) -> String? {
        let url = directory.appendingPathComponent(name)
        if isRecording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try actual.write(to: url, atomically: true, encoding: .utf8) } catch { return "cannot record \(url.path): \(error)" }
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "no golden file \(url.path); run the tests with RECORD_SNAPSHOTS=1 to create it, then review it"
        }
        guard expected != actual else { return nil }
        let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
        for index in 0..<max(a.count, e.count) {
            let x = index < a.count ? a[index] : "<missing>"
            let y = index < e.count ? e[index] : "<missing>"
            if x != y {
                return "\(name) differs at line \(index + 1):\n  expected: \(y)\n  actual:   \(x)\n"
                    + "(RECORD_SNAPSHOTS=1 regenerates the golden files; review them with git diff)"
            }
        }
        return "\(name) differs"
    }

    /// The `Snapshots` folder beside the test file that calls this.
    public static func directory(of file: String = #filePath) -> URL {
        URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }
}
