@testable import DSRImport
import DSRStore
import Foundation
import TestSupport
import XCTest

/// The file hash in the import log: FIPS 180-4 test vectors, chunking, and the logged value.
final class SHA256Tests: XCTestCase {
    func digest(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(Array(text.utf8))
        return hasher.hexDigest()
    }

    func testKnownVectors() {
        XCTAssertEqual(digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(digest(String(repeating: "a", count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testChunkBoundariesDoNotMatter() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var whole = SHA256()
        whole.update(bytes)
        let expected = whole.hexDigest()
        for size in [1, 7, 63, 64, 65, 500] {
            var hasher = SHA256()
            for start in stride(from: 0, to: bytes.count, by: size) { hasher.update(Array(bytes[start..<min(bytes.count, start + size)])) }
            XCTAssertEqual(hasher.hexDigest(), expected, "chunks of \(size)")
        }
    }

    func testImportLogRecordsTheHashOfTheFileBytes() throws {
        let directory = TemporaryDirectory()
        let text = "tracking_number,carrier_code,event_time,raw_status,description,location\nLP1,cp,2026-11-01T10:00:00Z,PU,Picked up,Shenzhen\n"
        let file = try directory.write("events.csv", text)
        let result = try BuiltBinary.run(["import", "--db", directory.path("db.sqlite"), file])
        XCTAssertEqual(result.status, 0, result.err)
        let logged = try XCTUnwrap(try Store(path: directory.path("db.sqlite"), readOnly: true).recentImports().first)
        XCTAssertEqual(logged.sha256, digest(text))
    }
}
