import DSRModel
@testable import DSRStore
import Foundation
import TestSupport
import XCTest

/// A large import drops the secondary indexes of orders and order_lines inside its transaction and builds them
/// again before commit: same data, same indexes, and a rollback leaves everything as it was.
final class BulkIndexTests: XCTestCase {
    private func indexSQL(_ store: Store) throws -> [String] {
        try store.database.rows("""
            SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name
            """) { $0.string(0) ?? "" }
    }

    private func order(_ i: Int) -> Order {
        Order(id: String(format: "5773%06d", i), shopID: "1", createdAt: Int64(i), dispatchDeadline: Int64(i + 10),
              trackingNumber: i % 3 == 0 ? nil : "TT\(i)",
              lines: [OrderLine(lineID: "a", skuID: "sku\(i % 7)", quantity: 1, trackingNumber: i % 2 == 0 ? "L\(i)" : nil),
                      OrderLine(lineID: "b", skuID: nil, quantity: 2)])
    }

    private func write(_ store: Store, count: Int, deferAfter: Int) throws {
        store.orderWriter.deferIndexesAfter = deferAfter
        try store.transaction {
            for i in 0..<count { try store.upsert(order(i)) }
            for i in stride(from: 0, to: count, by: 5) {
                try store.upsertLine(OrderLine(lineID: "c", skuID: "extra", quantity: 3), orderID: order(i).id)
            }
        }
    }

    func testDeferredIndexesAreRebuiltWithTheSameDataAndDefinitions() throws {
        let dir = TemporaryDirectory()
        let plain = try Store(path: dir.path("plain.sqlite"))
        let bulk = try Store(path: dir.path("bulk.sqlite"))
        for s in [plain, bulk] { try s.upsert(Shop(id: "1", name: "US-Home")) }
        let before = try indexSQL(bulk)
        try write(plain, count: 300, deferAfter: .max)
        try write(bulk, count: 300, deferAfter: 50)
        XCTAssertEqual(try indexSQL(bulk), before)
        XCTAssertEqual(try bulk.contentChecksums(), try plain.contentChecksums())
        XCTAssertEqual(try bulk.database.scalarText("PRAGMA integrity_check"), "ok")
        // The indexes hold every row: lookups through them find what a scan finds.
        XCTAssertEqual(try bulk.database.scalarInt("SELECT count(*) FROM orders INDEXED BY orders_shop_created WHERE shop_id = '1'"), 300)
        XCTAssertEqual(try bulk.database.scalarInt("SELECT count(*) FROM orders INDEXED BY orders_tracking WHERE tracking_number IS NOT NULL"), 200)
        XCTAssertTrue(try bulk.isTrackingLinked("L4"))
        // Importing the same again changes nothing.
        try bulk.transaction {
            for i in 0..<300 { XCTAssertEqual(try bulk.upsert(order(i)), .unchanged) }
        }
        XCTAssertEqual(try bulk.contentChecksums(), try plain.contentChecksums())
    }

    func testRollbackKeepsTheIndexes() throws {
        let dir = TemporaryDirectory()
        let store = try Store(path: dir.path("r.sqlite"))
        try store.upsert(Shop(id: "1", name: "US-Home"))
        let before = try indexSQL(store)
        store.orderWriter.deferIndexesAfter = 10
        struct Boom: Error {}
        XCTAssertThrowsError(try store.transaction {
            for i in 0..<50 { try store.upsert(order(i)) }
            XCTAssertEqual(try store.database.scalarInt(
                "SELECT count(*) FROM sqlite_master WHERE name = 'orders_shop_created'"), 0)
            throw Boom()
        })
        XCTAssertEqual(try indexSQL(store), before)
        XCTAssertEqual(try store.orders(shopID: nil).count, 0)
        // The next transaction defers and rebuilds again.
        try write(store, count: 50, deferAfter: 10)
        XCTAssertEqual(try indexSQL(store), before)
        XCTAssertEqual(try store.orders(shopID: nil).count, 50)
    }

    func testAReaderSeesTheIndexesAfterTheCommit() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("w.sqlite")
        let writer = try Store(path: path)
        try writer.upsert(Shop(id: "1", name: "US-Home"))
        let reader = try Store(path: path, readOnly: true)
        XCTAssertEqual(try reader.orders(shopID: "1", includeLines: false).count, 0)
        try write(writer, count: 100, deferAfter: 10)
        XCTAssertEqual(reader.database.journalMode, "wal")
        XCTAssertEqual(try reader.orders(shopID: "1", includeLines: false).count, 100)
        XCTAssertEqual(try indexSQL(reader), try indexSQL(writer))
    }
}
