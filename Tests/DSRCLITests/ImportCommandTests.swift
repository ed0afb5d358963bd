@testable import DSRCLI
import Foundation
import TestSupport
import XCTest

final class ImportCommandTests: XCTestCase {
    private let orders = "Order ID,Order Status,SKU ID,Quantity,Created Time\n"
        + "1001,Shipped,17,1,14/06/2025 10:00:00\n1002,Shipped,17,-2,14/06/2025 10:00:00\n"

    private func run(_ args: [String]) -> (Int32, String, String) {
        let captured = CapturedConsole()
        let code = DSRBoardCommand.run(args, environment: ["HOME": "/nonexistent"], console: captured.console)
        return (code, captured.out, captured.err)
    }

    func testExitCodesAndCompilerStyleRejects() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("db.sqlite")
        let good = try dir.write("good.csv", "Order ID,Order Status,SKU ID,Quantity\n1001,Shipped,17,1\n")
        let bad = try dir.write("bad.csv", orders)
        let (ok, out, _) = run(["import", "--db", db, "--shop", "Acme", good])
        XCTAssertEqual(ok, 0, out)
        XCTAssertTrue(out.hasPrefix("\(good): tiktok-orders: 1 read, 1 inserted, 0 updated, 0 unchanged, 0 rejected in "), out)

        let (partial, out2, _) = run(["import", "--db", db, "--tz", "+07:00", bad])
        XCTAssertEqual(partial, 3, out2)
        XCTAssertTrue(out2.contains("\n\(bad):3: error: Quantity -2 is negative\n"), out2)
        XCTAssertTrue(out2.contains("times without offset read as +07:00 (--tz)"), out2)

        let (again, out3, _) = run(["import", "--db", db, "--tz", "+07:00", bad])
        XCTAssertEqual(again, 3)
        XCTAssertTrue(out3.contains("2 read, 0 inserted, 0 updated, 1 unchanged, 1 rejected"), out3)

        XCTAssertEqual(run(["import", "--db", db, "--strict", bad]).0, 1)
        XCTAssertEqual(run(["import", "--db", db, dir.path("missing.csv")]).0, 1)
        for args in [["import", "--db", db], ["import", "--db", db, "--kind", "nope", good],
                     ["import", "--db", db, "--tz", "Mars/Base", good], ["import", "--db", db, "-"],
                     ["import", "--db", db, "--encoding", "klingon", good]] {
            let (code, _, err) = run(args)
            XCTAssertEqual(code, 64, "\(args)")
            XCTAssertTrue(err.hasPrefix("Error: "), err)
        }
    }

    func testStandardInputThroughTheBuiltBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: BuiltBinary.path) else {
            throw XCTSkip("the dsrboard binary is not built")
        }
        let dir = TemporaryDirectory()
        let csv = "review_id,order_id,rating,created_at\nR1,1001,2,2025-06-20T08:00:00Z\nR2,1001,9,2025-06-20T08:00:00Z\n"
        let result = try BuiltBinary.run(["import", "--db", dir.path("db.sqlite"), "--shop", "Acme",
                                          "--kind", "tiktok-reviews", "-"], stdin: Data(csv.utf8))
        XCTAssertEqual(result.status, 3, result.out + result.err)
        XCTAssertTrue(result.out.hasPrefix("-: tiktok-reviews: 2 read, 1 inserted, 0 updated, 0 unchanged, 1 rejected"), result.out)
        XCTAssertTrue(result.out.contains("\n-:3: error: rating 9 is outside 1–5\n"), result.out)
        XCTAssertEqual(result.err, "", "no progress bar when standard error is not a terminal")
    }

    func testJSONOutput() throws {
        let dir = TemporaryDirectory()
        let bad = try dir.write("bad.csv", orders)
        let (code, out, _) = run(["import", "--db", dir.path("db.sqlite"), "--shop", "Acme", "--json", "--dry-run", bad])
        XCTAssertEqual(code, 3)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        XCTAssertEqual(object["exit_code"] as? Int, 3)
        let file = try XCTUnwrap((object["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["kind"] as? String, "tiktok-orders")
        XCTAssertEqual(file["inserted"] as? Int, 1)
        XCTAssertEqual(file["dry_run"] as? Bool, true)
        XCTAssertEqual((file["rejects"] as? [[String: Any]])?.first?["line"] as? Int, 3)
    }

    func testWatchOnceMovesFilesToDoneAndFailed() throws {
        let dir = TemporaryDirectory()
        let inbox = dir.path("inbox")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try Data(orders.utf8).write(to: URL(fileURLWithPath: inbox + "/a.csv"))
        try Data("not,an,export\n1,2,3\n".utf8).write(to: URL(fileURLWithPath: inbox + "/b.csv"))
        try Data("half".utf8).write(to: URL(fileURLWithPath: inbox + "/c.csv.part"))
        let (code, out, _) = run(["watch", "--db", dir.path("db.sqlite"), "--shop", "Acme", "--once", "--interval", "0.1", inbox])
        XCTAssertEqual(code, 1, out)
        let fm = FileManager.default
        XCTAssertTrue(fm.fileExists(atPath: inbox + "/done/a.csv"))
        XCTAssertTrue(fm.fileExists(atPath: inbox + "/done/a.csv.errors.txt"), "rejected rows are listed beside it")
        XCTAssertTrue(fm.fileExists(atPath: inbox + "/failed/b.csv"))
        let errors = try String(contentsOfFile: inbox + "/failed/b.csv.errors.txt", encoding: .utf8)
        XCTAssertTrue(errors.contains("unknown kind"), errors)
        XCTAssertTrue(fm.fileExists(atPath: inbox + "/c.csv.part"), "*.part is left alone")
    }
}
