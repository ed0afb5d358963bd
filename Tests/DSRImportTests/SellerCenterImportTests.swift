import DSRImport
import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

final class SellerCenterImportTests: XCTestCase {
    /// A Seller Center export with every quirk: a description row, cells ending in a tab, DD/MM/YYYY local
    /// times, a quoted cell with a comma, quotes and a newline, currency symbols and thousands separators,
    /// Chinese status text, an impossible date, a negative quantity, a refund and a trailing total row.
    static let export = [
        "Order ID,Order Status,SKU ID,Seller SKU,Product Name,Variation,Quantity,SKU Unit Original Price,Order Amount,"
            + "Created Time,Paid Time,RTS Time,Shipped Time,Delivered Time,Cancelled Time,Cancel By,Tracking ID,"
            + "Cancelation/Return Type,Order Refund Amount,Return Reason",
        "Platform unique order ID,Status,SKU,Seller SKU,Name,Variation,Units,Unit price,Total,Created,Paid,RTS,Shipped,"
            + "Delivered,Cancelled,Canceller,Tracking,Return type,Refund,Reason",
        "577301234567890123\t,Shipped,1729000000000000001,MUG-BLK,\"Ceramic mug, \"\"black\"\"\nlarge\",Black,2,$12.99,"
            + "\"$1,027.66\",14/06/2025 10:00:00\t,14/06/2025 10:01:00,15/06/2025 09:00:00,,,,,TT0123456789US,,,",
        "577301234567890123\t,Shipped,1729000000000000002,MUG-WHT,Mug,White,1,$12.99,\"$1,027.66\",14/06/2025 10:00:00\t,"
            + "14/06/2025 10:01:00,15/06/2025 09:00:00,,,,,TT0123456789US,,,",
        "577301234567890124,已取消,1729000000000000002,MUG-WHT,Mug,White,1,12.99,12.99,31/02/2025 10:00:00,,,,,,买家,,,,",
        "577301234567890125,已完成,1729000000000000002,MUG-WHT,Mug,White,-1,12.99,12.99,01/06/2025 10:00:00,,,,,,,,,,",
        "577301234567890126,已完成,1729000000000000001,MUG-BLK,Mug,Black,1,$12.99,$12.99,14/06/2025 10:00:00,"
            + "14/06/2025 10:01:00,15/06/2025 09:00:00,,20/06/2025 08:00:00,,,TT9,Return/Refund,$12.99,Cracked",
        "Total,,,,,,,,,,,,,,,,,,,",
    ].joined(separator: "\r\n") + "\r\n"

    private let vietnam = ImportHarness.options(shop: "Acme VN", tz: "Asia/Ho_Chi_Minh")

    func testTheExportIsReadWithItsQuirksAndTheRowsStoredExactly() throws {
        let h = try ImportHarness()
        let report = try h.importText("orders.csv", Self.export, vietnam)
        XCTAssertEqual(report.kind, .tiktokOrders)
        XCTAssertEqual(report.outcome, .partial)
        assertCounts(report, 5, 3, 0, 0, 2)
        XCTAssertEqual(report.assumedZone, "Asia/Ho_Chi_Minh (--tz)")
        XCTAssertEqual(report.rejects.map(\.line), [6, 7])
        XCTAssertTrue(report.rejects[0].reason.contains("'31/02/2025 10:00:00' is not a real date"), report.rejects[0].reason)
        XCTAssertEqual(report.rejects[1].reason, "Quantity -1 is negative")
        XCTAssertEqual(report.rejects[1].raw, "577301234567890125,已完成,1729000000000000002,MUG-WHT,Mug,White,-1,12.99,12.99,"
                       + "01/06/2025 10:00:00,,,,,,,,,,")
        XCTAssertEqual(report.rejectLines.first, "\(h.dir.path("orders.csv")):6: error: " + report.rejects[0].reason)

        let shop = try XCTUnwrap(try h.store.shop(idOrName: "Acme VN"))
        let order = try XCTUnwrap(try h.store.order(id: "577301234567890123"))
        XCTAssertEqual(order.shopID, shop.id)
        XCTAssertEqual(order.status, .inTransit)
        XCTAssertEqual(order.sourceStatus, "Shipped")
        XCTAssertEqual(order.createdAt, 1_749_870_000)
        XCTAssertEqual(order.paidAt, 1_749_870_060)
        XCTAssertEqual(order.rtsAt, 1_749_952_800)
        XCTAssertNil(order.deliveredAt)
        XCTAssertEqual(order.total, Money(minorUnits: 102_766, currency: "USD"))
        XCTAssertEqual(order.trackingNumber, "TT0123456789US")
        XCTAssertEqual(order.lines, [
            OrderLine(lineID: "1729000000000000001", skuID: "1729000000000000001", sellerSKU: "MUG-BLK",
                      productName: "Ceramic mug, \"black\"\nlarge", variant: "Black", quantity: 2,
                      unitPrice: Money(minorUnits: 1299, currency: "USD"), trackingNumber: "TT0123456789US"),
            OrderLine(lineID: "1729000000000000002", skuID: "1729000000000000002", sellerSKU: "MUG-WHT", productName: "Mug",
                      variant: "White", quantity: 1, unitPrice: Money(minorUnits: 1299, currency: "USD"),
                      trackingNumber: "TT0123456789US"),
        ])
        let returned = try XCTUnwrap(try h.store.order(id: "577301234567890126"))
        XCTAssertEqual(returned.status, .completed)
        XCTAssertEqual(returned.deliveredAt, 1_750_381_200)
        XCTAssertEqual(try h.store.returns(orderID: returned.id), [
            ReturnRecord(orderID: returned.id, skuID: "1729000000000000001", kind: "Return/Refund", reason: "Cracked",
                         refund: Money(minorUnits: 1299, currency: "USD")),
        ])
        XCTAssertNil(try h.store.order(id: "577301234567890124"), "a rejected row writes nothing")

        // The rejects are kept in the store with their line, reason and raw text.
        let log = try XCTUnwrap(try h.store.database.scalarInt("SELECT max(id) FROM imports"))
        XCTAssertEqual(try h.store.rejectedRows(importID: log), report.rejects)
    }

    func testImportingTheSameFileAgainChangesNothingAndAChangedRowUpdates() throws {
        let h = try ImportHarness()
        try h.importText("orders.csv", Self.export, vietnam)
        let before = try h.store.contentChecksums()
        assertCounts(try h.importText("orders.csv", Self.export, vietnam), 5, 0, 0, 3, 2)
        XCTAssertEqual(try h.store.contentChecksums(), before)
        let changed = Self.export.replacingOccurrences(of: "577301234567890126,已完成", with: "577301234567890126,Delivered")
        assertCounts(try h.importText("orders2.csv", changed, vietnam), 5, 0, 1, 2, 2)
        XCTAssertEqual(try h.store.order(id: "577301234567890126")?.status, .delivered)
    }

    func testStrictFailsTheFileAndAFailedFileLeavesTheStoreUnchanged() throws {
        let h = try ImportHarness()
        try h.importText("first.csv", Self.export.replacingOccurrences(of: "577301234567890123", with: "5773"), vietnam)
        let before = try h.store.contentChecksums()
        var strict = vietnam
        strict.strict = true
        let report = try h.importText("orders.csv", Self.export, strict)
        XCTAssertEqual(report.outcome, .failed)
        XCTAssertEqual(report.rejects.count, 2)
        XCTAssertTrue(report.message?.contains("--strict") ?? false)
        XCTAssertEqual(try h.store.contentChecksums(), before)

        // Broken as a whole: a quoted field never closed (a truncated file) fails in either mode.
        let truncated = Self.export + "577301234567890199,\"unterminated,Shipped\r\n"
        let broken = try h.importText("truncated.csv", truncated, vietnam)
        XCTAssertEqual(broken.outcome, .failed)
        XCTAssertTrue(broken.message?.contains("never closed") ?? false, broken.message ?? "")
        XCTAssertEqual(try h.store.contentChecksums(), before)

        var dry = vietnam
        dry.dryRun = true
        let dryRun = try h.importText("orders.csv", Self.export, dry)
        assertCounts(dryRun, 5, 2, 0, 1, 2)
        XCTAssertTrue(dryRun.isDryRun)
        XCTAssertEqual(try h.store.contentChecksums(), before)
    }

    /// A file of many batches (rows are parsed on a reading thread and written in batches): rejects keep their
    /// lines and order, shops named part-way through are created once, a second import is all unchanged.
    func testAFileOfManyBatchesKeepsRejectsInOrderAndShopsNamedMidFile() throws {
        var lines = ["Order ID,Order Status,SKU ID,Quantity,Order Amount,Created Time,Shop Name"]
        var expectedRejects: [Int] = []
        for i in 0..<10_000 {
            let shop = i < 3_000 ? "" : "Shop \(i / 3_000)"
            let quantity = i % 997 == 5 ? "-1" : "1"
            if quantity == "-1" { expectedRejects.append(i + 2) }
            lines.append("57730\(100_000 + i / 2),Shipped,SKU\(i % 2),\(quantity),12.99,14/06/2025 10:00:00,\(shop)")
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        let h = try ImportHarness()
        let report = try h.importText("many.csv", text, vietnam)
        assertCounts(report, 10_000, 10_000 - expectedRejects.count, 0, 0, expectedRejects.count)
        XCTAssertEqual(report.rejects.map(\.line), expectedRejects)
        XCTAssertTrue(report.rejects.allSatisfy { $0.reason == "Quantity -1 is negative" })
        XCTAssertEqual(try h.store.shops().map(\.name).sorted(), ["Acme VN", "Shop 1", "Shop 2", "Shop 3"])
        XCTAssertEqual(try h.store.order(id: "57730101600")?.shopID, "Shop 1")
        XCTAssertEqual(report.assumedZone, "Asia/Ho_Chi_Minh (--tz)")
        let before = try h.store.contentChecksums()
        assertCounts(try h.importText("many.csv", text, vietnam), 10_000, 0, 0, 10_000 - expectedRejects.count,
                     expectedRejects.count)
        XCTAssertEqual(try h.store.contentChecksums(), before)
    }

    func testShopRoutingAndTheAssumedZone() throws {
        let h = try ImportHarness()
        let refused = try h.importText("a.csv", Self.export, ImportOptions())
        XCTAssertEqual(refused.outcome, .failed)
        XCTAssertTrue(refused.message?.contains("give --shop NAME") ?? false, refused.message ?? "")

        let utc = try h.importText("a.csv", Self.export, ImportHarness.options(shop: "Acme VN"))
        XCTAssertEqual(utc.assumedZone, "UTC (no --tz and no shop zone)")
        XCTAssertEqual(try h.store.order(id: "577301234567890123")?.createdAt, 1_749_895_200)

        let shops = """
            {"code":0,"message":"Success","data":{"shops":[{"id":"7495123","name":"Acme VN","region":"VN",
            "seller_type":"CROSS_BORDER","cipher":"GCP_abc","code":"VNLCX"}]}}
            """
        assertCounts(try h.importText("shops.json", shops), 1, 0, 1, 0, 0)
        let shop = try XCTUnwrap(try h.store.shop(id: "7495123"))
        XCTAssertEqual(shop.timeZone, "Asia/Ho_Chi_Minh")
        XCTAssertEqual(shop.cipher, "GCP_abc")
        XCTAssertEqual(try h.store.order(id: "577301234567890123")?.shopID, "7495123", "orders follow the shop's new id")

        // Without --shop the only shop is used, in its own zone.
        let own = try h.importText("b.csv", Self.export, ImportOptions())
        XCTAssertEqual(own.assumedZone, "Asia/Ho_Chi_Minh (the shop's zone)")
        XCTAssertEqual(try h.store.order(id: "577301234567890123")?.createdAt, 1_749_870_000)

        // Once there are two shops, a file naming none needs --shop.
        try h.importText("r.csv", "review_id,rating,created_at,shop\nR9,5,2025-06-01,Other shop\n")
        let ambiguous = try h.importText("c.csv", Self.export, ImportOptions())
        XCTAssertEqual(ambiguous.outcome, .failed)
        XCTAssertTrue(ambiguous.message?.contains("has 2") ?? false, ambiguous.message ?? "")
    }

    func testGB18030ExportWithChineseHeaders() throws {
        let h = try ImportHarness()
        let report = h.importFile(ImportHarness.fixture("sellercenter-gb18030.csv"), vietnam)
        assertCounts(report, 2, 2, 0, 0, 0)
        XCTAssertTrue(report.notes.contains("converted from GB18030"), "\(report.notes)")
        let cancelled = try XCTUnwrap(try h.store.order(id: "577309000000000001"))
        XCTAssertEqual(cancelled.status, .cancelled)
        XCTAssertEqual(cancelled.sourceStatus, "已取消")
        XCTAssertEqual(cancelled.lines.first?.productName, "陶瓷马克杯")
        XCTAssertEqual(cancelled.lines.first?.unitPrice, Money(minorUnits: 1250, currency: "CNY"))
        XCTAssertEqual(try h.store.order(id: "577309000000000002")?.status, .awaitingShipment)
        XCTAssertEqual(try h.store.order(id: "577309000000000002")?.lines.first?.quantity, 2)
    }

    func testGzipFoldersAndUnreadableFiles() throws {
        let h = try ImportHarness()
        let folder = h.dir.path("inbox")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(Self.export.utf8).write(to: URL(fileURLWithPath: folder + "/a.csv"))
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [folder + "/a.csv"]
        try gzip.run()
        gzip.waitUntilExit()
        for name in ["b.json.part", ".hidden.csv", "notes.md"] { try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        try Data("{\"data\":{\"orders\":[{\"id\":\"1\"".utf8).write(to: URL(fileURLWithPath: folder + "/c.json"))
        try Data().write(to: URL(fileURLWithPath: folder + "/d.csv"))
        try Data("colour,size\nred,4\n".utf8).write(to: URL(fileURLWithPath: folder + "/e.csv"))
        let files = try ImportRunner.expand([folder])
        XCTAssertEqual(files.map { ($0 as NSString).lastPathComponent }, ["a.csv.gz", "c.json", "d.csv", "e.csv"])
        let reports = files.map { h.importFile($0, vietnam) }
        assertCounts(reports[0], 5, 3, 0, 0, 2)
        XCTAssertEqual(reports[1].outcome, .failed)
        XCTAssertTrue(reports[1].message?.contains("not valid JSON") ?? false, reports[1].message ?? "")
        XCTAssertEqual(reports[2].message, "the file is empty")
        XCTAssertTrue(reports[3].message?.contains("unknown kind") ?? false, reports[3].message ?? "")
        XCTAssertThrowsError(try ImportRunner.expand([h.dir.path("missing.csv")]))
    }
}
