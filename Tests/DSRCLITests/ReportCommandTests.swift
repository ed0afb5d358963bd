@testable import DSRCLI
import Foundation
import TestSupport
import XCTest

/// `dsrboard report`: the JSON of the demo seed, the text summary, and its errors.
final class ReportCommandTests: XCTestCase {
    private let dir = TemporaryDirectory(prefix: "dsrboard-report-cli")
    private let now = "2026-12-01T00:00:00Z"

    private func run(_ args: [String], env: [String: String] = [:], terminal: Bool = false) -> (Int32, String, String) {
        let captured = CapturedConsole()
        var console = captured.console
        console.isOutputTerminal = terminal
        let code = DSRBoardCommand.run(args, environment: env, console: console)
        return (code, captured.out, captured.err)
    }

    private func demo() -> String {
        let path = dir.path("demo.sqlite")
        if !FileManager.default.fileExists(atPath: path) {
            let (code, _, err) = run(["demo", "--db", path, "--scale", "0.05", "--days", "60", "--now", now, "--no-board"])
            XCTAssertEqual(code, 0, err)
        }
        return path
    }

    func testJSONIsTheReviewedDemoReport() throws {
        let (code, out, err) = run(["report", "--db", demo(), "--as-of", now, "--json"],
                                   env: ["XDG_CONFIG_HOME": dir.path("no-config")])
        XCTAssertEqual(code, 0, err)
        let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../DSRMetricsTests/Reference/report-demo.json")
        XCTAssertEqual(out, try String(contentsOf: expected, encoding: .utf8))
    }

    func testTextSummaryIsAlignedAndColouredOnlyOnATerminal() {
        let args = ["report", "--db", demo(), "--as-of", now, "--shop", "7495100000000000001"]
        let (code, plain, _) = run(args)
        XCTAssertEqual(code, 0)
        XCTAssertTrue(plain.contains("US-Home (7495100000000000001)"))
        XCTAssertTrue(plain.contains("  Late dispatch rate             5.0%    < 4.0%        6/119    30 d  MISSED"), plain)
        XCTAssertFalse(plain.contains("\u{1B}["))
        XCTAssertFalse(plain.contains("All shops"))
        XCTAssertTrue(run(args, terminal: true).1.contains("\u{1B}["))
        XCTAssertFalse(run(args, env: ["NO_COLOR": "1"], terminal: true).1.contains("\u{1B}["))
    }

    func testErrorsAreClear() throws {
        let missing = run(["report", "--db", dir.path("missing.sqlite")])
        XCTAssertEqual(missing.0, 1)
        XCTAssertTrue(missing.2.hasPrefix("Error: no database at \(dir.path("missing.sqlite"))"), missing.2)

        let unknown = run(["report", "--db", demo(), "--shop", "42"])
        XCTAssertEqual(unknown.0, 1)
        XCTAssertTrue(unknown.2.hasPrefix("Error: no shop with id '42'"), unknown.2)

        try "[targets]\nlate_dispatch_rate = 2\n".write(toFile: dir.path("bad.toml"), atomically: true, encoding: .utf8)
        let bad = run(["report", "--db", demo(), "--config", dir.path("bad.toml")])
        XCTAssertEqual(bad.0, 1)
        XCTAssertTrue(bad.2.hasPrefix("\(dir.path("bad.toml")):2: error: 'late_dispatch_rate' must be between 0 and 1"), bad.2)

        let asOf = run(["report", "--db", demo(), "--as-of", "yesterday"])
        XCTAssertEqual(asOf.0, 64)
        XCTAssertTrue(asOf.2.contains("Invalid value 'yesterday' for '--as-of'"), asOf.2)
    }
}
