import DSRModel
@testable import DSRStore
import Foundation
import TestSupport
import XCTest

final class DatabaseTests: XCTestCase {
    func testNewDatabaseIsMigratedAndInWALMode() throws {
        let dir = TemporaryDirectory()
        let db = try Database(path: dir.path("a.sqlite"))
        XCTAssertEqual(db.journalMode, "wal")
        XCTAssertEqual(try db.pragma("foreign_keys"), "1")
        XCTAssertEqual(try db.pragma("synchronous"), "1")  // NORMAL
        XCTAssertEqual(try db.scalarInt("SELECT max(id) FROM schema_migrations"), Int64(Schema.currentVersion))
        XCTAssertEqual(try db.scalarInt("PRAGMA busy_timeout"), Int64(Database.busyTimeoutMilliseconds))
    }

    func testMigrationsRunInOrderOnceAndAreRecorded() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("m.sqlite")
        let m1 = Migration(id: 1, name: "one", sql: "CREATE TABLE t(a INTEGER);")
        let m2 = Migration(id: 2, name: "two", sql: "ALTER TABLE t ADD COLUMN b TEXT;")
        _ = try Database(path: path, migrations: [m1])
        let db = try Database(path: path, migrations: [m2, m1])  // order comes from ids, and m1 is not rerun
        XCTAssertEqual(try db.rows("SELECT id, name FROM schema_migrations ORDER BY id") { "\($0.int(0)!):\($0.string(1)!)" },
                       ["1:one", "2:two"])
        try db.run("INSERT INTO t(a, b) VALUES (1, 'x')")
    }

    func testFailingMigrationLeavesThePreviousVersion() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("f.sqlite")
        let good = Migration(id: 1, name: "one", sql: "CREATE TABLE t(a INTEGER);")
        let bad = Migration(id: 2, name: "bad", sql: "CREATE TABLE u(a INTEGER); SELECT * FROM nowhere;")
        _ = try Database(path: path, migrations: [good])
        XCTAssertThrowsError(try Database(path: path, migrations: [good, bad]))
        let db = try Database(path: path, migrations: [good])
        XCTAssertEqual(try db.scalarInt("SELECT max(id) FROM schema_migrations"), 1)
        XCTAssertEqual(try db.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'u'"), 0)
    }

    func testNewerSchemaIsRefusedAndUntouched() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("n.sqlite")
        let future = Schema.migrations + [Migration(id: 999, name: "future", sql: "CREATE TABLE future(a);")]
        do { _ = try Database(path: path, migrations: future) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Database(path: path)) { error in
            XCTAssertEqual(error as? DatabaseError,
                           .schemaTooNew(path: path, found: 999, supported: Schema.currentVersion))
            XCTAssertTrue("\(error)".contains("newer than this dsrboard supports"))
        }
        XCTAssertThrowsError(try Database(path: path, mode: .readOnly))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testFileThatIsNotSQLiteIsRefusedAndUntouched() throws {
        let dir = TemporaryDirectory()
        let path = try dir.write("orders.csv", "Order ID,Order Status\n5773,Delivered\n")
        XCTAssertThrowsError(try Database(path: path)) { error in
            XCTAssertEqual(error as? DatabaseError, .notADatabase(path: path))
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "Order ID,Order Status\n5773,Delivered\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    func testCorruptHeaderIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("c.sqlite")
        _ = try Database(path: path)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.replaceSubrange(0..<16, with: Data(repeating: 0x41, count: 16))
        try bytes.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Database(path: path)) { XCTAssertEqual($0 as? DatabaseError, .notADatabase(path: path)) }
    }

    func testReadOnlyOpenNeverWritesAndNeedsAnExistingFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("r.sqlite")
        XCTAssertThrowsError(try Database(path: path, mode: .readOnly)) {
            XCTAssertEqual($0 as? DatabaseError, .missing(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
        let writer = try Store(path: path)
        try writer.upsert(Shop(id: "1", name: "US-Home"))
        let reader = try Database(path: path, mode: .readOnly)
        XCTAssertEqual(reader.journalMode, "wal")
        XCTAssertEqual(try reader.scalarInt("SELECT count(*) FROM shops"), 1)
        XCTAssertThrowsError(try reader.run("INSERT INTO shops(id, name, created_at) VALUES ('2', 'x', 0)"))
    }

    func testReadOnlyOpenOfAnOlderSchemaAsksForMigration() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("o.sqlite")
        _ = try Database(path: path, migrations: Array(Schema.migrations.prefix(0)) + [
            Migration(id: 1, name: "initial schema", sql: Schema.v1),
        ])
        let newer = Schema.migrations + [Migration(id: Schema.currentVersion + 1, name: "next", sql: "CREATE TABLE x(a);")]
        XCTAssertThrowsError(try Database(path: path, mode: .readOnly, migrations: newer)) { error in
            guard case .needsMigration = error as? DatabaseError else { return XCTFail("\(error)") }
        }
    }

    func testTransactionRollsBackOnError() throws {
        let dir = TemporaryDirectory()
        let store = try Store(path: dir.path("t.sqlite"))
        struct Boom: Error {}
        XCTAssertThrowsError(try store.transaction {
            try store.upsert(Shop(id: "1", name: "US-Home"))
            try store.upsert(Order(id: "577", shopID: "1", createdAt: 1))
            throw Boom()
        })
        XCTAssertEqual(try store.shops(), [])
        XCTAssertNil(try store.order(id: "577"))
    }

    func testConstraintViolationRollsBackTheWholeTransaction() throws {
        let dir = TemporaryDirectory()
        let store = try Store(path: dir.path("t2.sqlite"))
        try store.upsert(Shop(id: "1", name: "US-Home"))
        XCTAssertThrowsError(try store.transaction {
            try store.upsert(Order(id: "1", shopID: "1"))
            try store.upsert(Order(id: "2", shopID: "no such shop"))  // foreign key
        }) { XCTAssertTrue(($0 as? DatabaseError)?.isConstraintViolation ?? false, "\($0)") }
        XCTAssertEqual(try store.orders(shopID: nil).count, 0)
    }

    func testDataVersionMovesWhenAnotherConnectionCommits() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("v.sqlite")
        let writer = try Store(path: path)
        let reader = try Database(path: path, mode: .readOnly)
        let v0 = try reader.dataVersion()
        XCTAssertEqual(try reader.dataVersion(), v0)
        try writer.upsert(Shop(id: "1", name: "US-Home"))
        XCTAssertNotEqual(try reader.dataVersion(), v0)
    }

    func testBoundParametersKeepHostileTextAsData() throws {
        let dir = TemporaryDirectory()
        let store = try Store(path: dir.path("b.sqlite"))
        let name = "x'); DROP TABLE shops; --"
        try store.upsert(Shop(id: "1", name: name))
        XCTAssertEqual(try store.shops().map(\.name), [name])
    }
}

/// Migration 2 only drops indexes: the read-only board still opens a version-1 file, a writer migrates it.
final class ReadCompatibleMigrationTests: XCTestCase {
    func testVersionOneOpensReadOnlyAndAWriterDropsTheUnusedIndexes() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("v1.sqlite")
        do { _ = try Database(path: path, migrations: Array(Schema.migrations.prefix(1))) }
        let reader = try Database(path: path, mode: .readOnly)
        XCTAssertEqual(try reader.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'order_lines_sku'"), 1)
        XCTAssertEqual(try reader.scalarInt("SELECT max(id) FROM schema_migrations"), 1)
        let writer = try Database(path: path)
        XCTAssertEqual(try writer.scalarInt("SELECT max(id) FROM schema_migrations"), 2)
        for index in ["orders_shop_delivered", "orders_awaiting_dispatch", "orders_in_flight", "order_lines_sku"] {
            XCTAssertEqual(try writer.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = ?", [index]), 0, index)
        }
        XCTAssertEqual(try writer.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'orders_shop_created'"), 1)
    }

    func testAMigrationThatChangesTablesStillNeedsAWriterFirst() throws {
        let dir = TemporaryDirectory()
        let path = dir.path("old.sqlite")
        do { _ = try Database(path: path, migrations: Array(Schema.migrations.prefix(1))) }
        let later = Schema.migrations + [Migration(id: 99, name: "a new column", sql: "ALTER TABLE shops ADD COLUMN x TEXT")]
        XCTAssertThrowsError(try Database(path: path, mode: .readOnly, migrations: later)) { error in
            guard case DatabaseError.needsMigration = error else { return XCTFail("\(error)") }
        }
    }
}
