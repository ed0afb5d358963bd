import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

/// Content checksums compare stores by what they hold, not by when it was written.
final class ChecksumTests: XCTestCase {
    func testTheSameShopWrittenLaterHasTheSameChecksum() throws {
        let dir = TemporaryDirectory()
        let a = try Store(path: dir.path("a.sqlite"))
        try a.upsert(Shop(id: "1", name: "US-Home", region: "US"))
        // shops.created_at is stamped with the wall clock in whole seconds: cross a second boundary.
        Thread.sleep(forTimeInterval: 1.1)
        let b = try Store(path: dir.path("b.sqlite"))
        try b.upsert(Shop(id: "1", name: "US-Home", region: "US"))
        XCTAssertEqual(try a.contentChecksums()["shops"], try b.contentChecksums()["shops"])
        try b.upsert(Shop(id: "1", name: "US-Home", region: "GB"))
        XCTAssertNotEqual(try a.contentChecksums()["shops"], try b.contentChecksums()["shops"])
    }
}
