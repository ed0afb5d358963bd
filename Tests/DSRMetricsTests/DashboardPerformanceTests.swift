import DSRMetrics
import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

/// Times a whole dashboard on about 20,000 orders and 200,000 tracking events in two shops. The bound is loose
/// (debug builds on a shared machine); the figure is printed. With `DSRBOARD_PERF_DB=path` set, the data set
/// is also written there, so `dsrboard report` can be timed on it in a release build.
final class DashboardPerformanceTests: XCTestCase {
    func testTwentyThousandOrdersComputeQuickly() throws {
        let dir = TemporaryDirectory(prefix: "dsrboard-perf")
        let path = ProcessInfo.processInfo.environment["DSRBOARD_PERF_DB"] ?? dir.path("perf.sqlite")
        try? FileManager.default.removeItem(atPath: path)
        let asOf = MetricsFixture.asOf
        do {
            let store = try Store(path: path)
            let written = try SyntheticShops.fill(store, ordersPerShop: 10_000, asOf: asOf)
            XCTAssertEqual(written.orders, 20_000)
            XCTAssertGreaterThan(written.events, 180_000)
        }
        let source = try DashboardSource(path: path, settings: MetricsSettings())
        var timings: [String] = []
        for shop in [nil, "7495"] as [String?] {
            let start = Date()
            let dashboard = try source.dashboard(shopID: shop, asOf: asOf)
            let seconds = Date().timeIntervalSince(start)
            timings.append("\(shop ?? "all shops"): \(String(format: "%.3f", seconds)) s")
            XCTAssertGreaterThan(dashboard.problemOrders.count, 0)
            XCTAssertLessThan(seconds, 15, "a dashboard must stay interactive even in a debug build")
        }
        print("dashboard compute time (this build): " + timings.joined(separator: ", "))
    }
}
