import DSRImport
import DSRMetrics
import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

/// The report JSON of the fixed demo seed, checked field by field against Reference/report-demo.json.
///
/// The expected file was reviewed by hand against the planted stories of the demo generator (see
/// docs/metrics-notes.md). After a deliberate change, regenerate it and review the diff:
///
///     RECORD_REPORT=1 swift test --filter ReportGoldenTests
///
/// It is also exactly what `dsrboard report --json --db <demo> --as-of 2026-12-01T00:00:00Z` prints for
/// `dsrboard demo --seed 20261204 --scale 0.05 --days 60 --now 2026-12-01T00:00:00Z`.
final class ReportGoldenTests: XCTestCase {
    static let expectedURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Reference/report-demo.json")
    static let now = UTCTime.parseInstant("2026-12-01T00:00:00Z")!

    func testDemoReportMatchesTheReviewedFile() throws {
        let dir = TemporaryDirectory(prefix: "dsrboard-report")
        let path = dir.path("demo.sqlite")
        do {
            let store = try Store(path: path)
            let options = DemoOptions(seed: DemoOptions.defaultSeed, now: Self.now, days: 60, scale: 0.05)
            _ = try DemoGenerator(options: options).generate(into: store)
        }
        let source = try DashboardSource(path: path, settings: MetricsSettings())
        let (shops, all) = try MetricsReport.dashboards(from: source, shopID: nil, asOf: Self.now)
        let text = MetricsReport.document(asOf: Self.now, shops: shops, allShops: all).serialized() + "\n"

        if ProcessInfo.processInfo.environment["RECORD_REPORT"] == "1" {
            try text.write(to: Self.expectedURL, atomically: true, encoding: .utf8)
            print("recorded \(Self.expectedURL.path)")
            return
        }
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.expectedURL))
        let actual = try JSONSerialization.jsonObject(with: Data(text.utf8))
        var mismatches: [String] = []
        Self.compare(expected, actual, path: "$", into: &mismatches)
        XCTAssertEqual(mismatches, [], "the report differs from Reference/report-demo.json "
                       + "(RECORD_REPORT=1 regenerates it after a deliberate change)")
        XCTAssertEqual(text, try String(contentsOf: Self.expectedURL, encoding: .utf8), "byte-for-byte")
    }

    /// Walks both documents and lists every field that differs, by its path (`$.shops[0].metrics.x.value`).
    static func compare(_ expected: Any, _ actual: Any, path: String, into out: inout [String]) {
        switch (expected, actual) {
        case let (e as [String: Any], a as [String: Any]):
            for key in Set(e.keys).union(a.keys).sorted() {
                guard let ev = e[key] else { out.append("\(path).\(key): unexpected"); continue }
                guard let av = a[key] else { out.append("\(path).\(key): missing"); continue }
                compare(ev, av, path: "\(path).\(key)", into: &out)
            }
        case let (e as [Any], a as [Any]):
            if e.count != a.count { out.append("\(path): \(e.count) items expected, \(a.count) found") }
            for (i, (ev, av)) in zip(e, a).enumerated() { compare(ev, av, path: "\(path)[\(i)]", into: &out) }
        case let (e as NSNumber, a as NSNumber):
            if abs(e.doubleValue - a.doubleValue) > 1e-9 { out.append("\(path): expected \(e), found \(a)") }
        case let (e as String, a as String):
            if e != a { out.append("\(path): expected \"\(e)\", found \"\(a)\"") }
        case (is NSNull, is NSNull):
            break
        default:
            out.append("\(path): expected \(expected), found \(actual)")
        }
    }
}
