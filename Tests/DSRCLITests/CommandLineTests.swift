@testable import DSRCLI
import Foundation
import TestSupport
import XCTest

/// Captures what a command writes.
final class CapturedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    var console: Console {
        Console(out: { s in self.lock.withLock { self.outText += s } }, err: { s in self.lock.withLock { self.errText += s } })
    }
}

final class CommandLineTests: XCTestCase {
    private func run(_ args: [String], env: [String: String] = [:]) -> (Int32, String, String) {
        let captured = CapturedConsole()
        let code = DSRBoardCommand.run(args, environment: env, console: captured.console)
        return (code, captured.out, captured.err)
    }

    func testVersionAndRootHelp() {
        let (code, out, _) = run(["--version"])
        XCTAssertEqual(code, 0)
        XCTAssertEqual(out, "dsrboard \(DSRBoardCommand.version)\n")
        let (helpCode, help, _) = run(["--help"])
        XCTAssertEqual(helpCode, 0)
        for section in ["OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:"] { XCTAssertTrue(help.contains(section), section) }
        XCTAssertTrue(help.contains("  demo "))
    }

    func testSubcommandHelpHasTheSectionsInOrder() {
        let (code, out, err) = run(["demo", "--help"])
        XCTAssertEqual(code, 0)
        XCTAssertEqual(err, "")
        let positions = ["OVERVIEW:", "USAGE: dsrboard demo", "OPTIONS:", "\n  --db <path>", "-h, --help"].map {
            out.range(of: $0)?.lowerBound
        }
        XCTAssertFalse(positions.contains(nil), out)
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
        XCTAssertEqual(run(["help", "demo"]).1, out)
    }

    func testUsageErrorsExit64WithUsageAndHint() {
        for args in [["demo", "--bogus"], ["demo", "--seed"], ["demo", "--seed", "x"], ["nosuch"], ["demo", "extra"],
                     ["demo", "--scale", "-1"], ["demo", "--live=yes"]] {
            let (code, out, err) = run(args)
            XCTAssertEqual(code, 64, "\(args)")
            XCTAssertEqual(out, "")
            XCTAssertTrue(err.hasPrefix("Error: "), err)
            XCTAssertTrue(err.contains("\nUsage: dsrboard"), err)
            XCTAssertTrue(err.contains("--help' for more information."), err)
        }
    }

    func testParserReadsLongShortInlineAndRepeatedForms() throws {
        let spec = CommandSpec(name: "x", abstract: "", arguments: [ArgumentSpec("path", help: "", isVariadic: true)],
                               options: [.option("kind", short: "k", value: "kind", help: ""),
                                         .option("tag", value: "t", help: "", repeatable: true),
                                         .flag("dry-run", short: "n", help: "")])
        let p = try ParsedArguments.parse(["-n", "--kind=zendesk", "a.json", "--tag", "1", "--tag", "2", "--", "-b.csv"],
                                          spec: spec)
        XCTAssertTrue(p.has("dry-run"))
        XCTAssertEqual(p.value("kind"), "zendesk")
        XCTAssertEqual(p.values["tag"], ["1", "2"])
        XCTAssertEqual(p.positionals, ["a.json", "-b.csv"])
        XCTAssertEqual(try ParsedArguments.parse(["-kaftership", "-"], spec: spec).value("kind"), "aftership")
        XCTAssertThrowsError(try ParsedArguments.parse([], spec: spec)) {
            XCTAssertEqual($0 as? CLIError, .usage("Missing expected argument '<path>'"))
        }
        XCTAssertThrowsError(try ParsedArguments.parse(["--kind", "a", "--kind", "b", "x"], spec: spec))
    }

    func testDatabasePathPrecedence() throws {
        let spec = CommandSpec(name: "x", abstract: "", options: [.database])
        let none = try ParsedArguments.parse([], spec: spec)
        let given = try ParsedArguments.parse(["--db", "/a.sqlite"], spec: spec)
        func ctx(_ env: [String: String]) -> CommandContext {
            CommandContext(environment: env, console: CapturedConsole().console, commandPath: "dsrboard x")
        }
        XCTAssertEqual(ctx(["DSRBOARD_DB": "/b.sqlite"]).databasePath(given), "/a.sqlite")
        XCTAssertEqual(ctx(["DSRBOARD_DB": "/b.sqlite", "XDG_DATA_HOME": "/x"]).databasePath(none), "/b.sqlite")
        XCTAssertEqual(ctx(["XDG_DATA_HOME": "/x"]).databasePath(none), "/x/dsrboard/dsrboard.sqlite")
        XCTAssertEqual(ctx(["HOME": "/home/u"]).databasePath(none), "/home/u/.local/share/dsrboard/dsrboard.sqlite")
    }

    func testDemoWithoutBoardPrintsRowCountsPerTable() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("demo.sqlite")
        let (code, out, err) = run(["demo", "--no-board", "--db", db, "--scale", "0.02", "--days", "20",
                                    "--now", "2026-12-01T00:00:00Z"])
        XCTAssertEqual(code, 0, err)
        for table in ["orders", "tracking_events", "tickets", "reviews", "shop_ratings", "ad_days"] {
            XCTAssertNotNil(out.range(of: "\n  \(table) +[1-9][0-9]*\n", options: .regularExpression), table + "\n" + out)
        }
        XCTAssertTrue(out.contains("US-Home"))
        XCTAssertTrue(err.contains("Generated the demo database at \(db)"))
        let (again, _, err2) = run(["demo", "--no-board", "--db", db])
        XCTAssertEqual(again, 0)
        XCTAssertTrue(err2.contains("Using the demo database"), "an existing demo is reused")
    }

    func testDemoOnAFileThatIsNotADatabaseFailsWithExit1() throws {
        let dir = TemporaryDirectory()
        let path = try dir.write("notes.sqlite", "hello")
        let (code, _, err) = run(["demo", "--no-board", "--db", path])
        XCTAssertEqual(code, 1)
        XCTAssertTrue(err.contains("not a DSRBoard database"), err)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "hello")
    }
}
