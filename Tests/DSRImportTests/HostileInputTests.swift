import DSRImport
import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

/// Bad input never crashes: cut-off, shuffled and random files end in a report, never a trap.
final class HostileInputTests: XCTestCase {
    func testCutOffAndCorruptedFilesEndInAReport() throws {
        let h = try ImportHarness()
        let samples = [SellerCenterImportTests.export, JSONImportTests.orders, LinkingImportTests.tickets,
                       LinkingImportTests.aftership, LinkingImportTests.reviews,
                       "{\"id\":\"1\",\"status\":\"UNPAID\",\"create_time\":1e300,\"line_items\":[{\"sku_id\":\"1\","
                        + "\"quantity\":9223372036854775807},{\"sku_id\":\"1\",\"quantity\":9223372036854775807}]}"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(n, 1)))
        }
        var reports = 0
        for (i, sample) in samples.enumerated() {
            let bytes = Array(sample.utf8)
            for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 12)) {
                var mutated = Array(bytes[..<cut])
                if cut % 2 == 0, !mutated.isEmpty { mutated[random(mutated.count)] = UInt8(random(256)) }
                let path = try h.dir.write("f\(i)-\(cut).\(i == 0 || i == 4 ? "csv" : "json")", bytes: mutated)
                _ = h.importFile(path, ImportHarness.options())
                reports += 1
            }
        }
        for n in 0..<20 {
            let noise = (0..<(64 + random(2000))).map { _ in UInt8(random(256)) }
            _ = h.importFile(try h.dir.write("noise\(n).csv", bytes: noise), ImportHarness.options())
            reports += 1
        }
        XCTAssertGreaterThan(reports, 80)
    }
}
