import DSRMetrics
import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

final class TmpProfile: XCTestCase {
    func testProfile() throws {
        let path = "/tmp/perf-metrics.sqlite"
        if !FileManager.default.fileExists(atPath: path) {
            let store = try Store(path: path)
            try SyntheticShops.fill(store, ordersPerShop: 10_000, asOf: MetricsFixture.asOf)
        }
        let store = try Store(path: path, readOnly: true)
        func t(_ name: String, _ body: () throws -> Void) rethrows {
            let s = Date(); try body(); print(name, String(format: "%.3f", Date().timeIntervalSince(s)))
        }
        try t("linkedParcels") { _ = try store.linkedParcels(shopID: nil) }
        try t("activity") { _ = try store.parcelActivity(asOf: MetricsFixture.asOf) }
        try t("tickets") { _ = try store.linkedTickets(shopID: nil) }
        try t("reviews") { _ = try store.reviews(shopID: nil) }
        try t("orders") { _ = try store.orders(shopID: nil, includeLines: true) }
        try t("returns") { _ = try store.returns(shopID: nil) }
        let source = try DashboardSource(path: path, settings: MetricsSettings())
        try t("dashboard") { _ = try source.dashboard(shopID: nil, asOf: MetricsFixture.asOf) }
    }
}
