import DSRMetrics
import DSRModel
import Foundation
import TestSupport
import XCTest

/// Settings: every default of metrics.md, overridden by the config file, with file:line errors.
final class MetricsSettingsTests: XCTestCase {
    func testDefaultsAreThoseOfMetricsMd() {
        let s = MetricsSettings()
        XCTAssertEqual(s.dispatchSLAHours, 48)
        XCTAssertEqual(s.staleTrackingDays, 5)
        XCTAssertEqual(s.redBelow, 4.5)
        XCTAssertEqual(s.greenFrom, 4.7)
        XCTAssertEqual(s.subScoreDrop, 0.05)
        XCTAssertEqual(s.minPairedDays, 14)
        XCTAssertEqual(s.maxLagDays, 7)
        XCTAssertTrue(s.promisedTransitDays.isEmpty)
        XCTAssertEqual(s.target(.lateDispatchRate), MetricTarget(.below, 0.04))
        XCTAssertEqual(s.target(.onTimeDeliveryRate), MetricTarget(.above, 0.95))
        XCTAssertEqual(s.target(.avgFirstResponseHours), MetricTarget(.below, 12))
        XCTAssertTrue(s.isBuyerFault(returnReason: "拍错了"))
        XCTAssertFalse(s.isBuyerFault(returnReason: "Damaged"))
        XCTAssertEqual(s.band(for: 4.49), .red)
        XCTAssertEqual(s.band(for: 4.5), .amber)
        XCTAssertEqual(s.band(for: 4.7), .green)
    }

    func testConfigFileOverridesDefaults() throws {
        let text = """
            # test settings
            dispatch_sla_hours = 24
            stale_tracking_days = 7
            buyer_return_reasons = ["No longer needed"]
            [thresholds]
            red_below = 4.4
            [targets]
            late_dispatch_rate = 0.05
            [promised_transit_days]
            "China Post (postal)" = 25
            """
        let s = try MetricsSettings(config: ConfigFile.parse(text, path: "cfg.toml"))
        XCTAssertEqual(s.dispatchSLAHours, 24)
        XCTAssertEqual(s.staleTrackingDays, 7)
        XCTAssertEqual(s.buyerReturnReasons, ["No longer needed"])
        XCTAssertEqual(s.redBelow, 4.4)
        XCTAssertEqual(s.target(.lateDispatchRate), MetricTarget(.below, 0.05))
        XCTAssertEqual(s.transitDays(channel: "china post (postal) "), 25)
        XCTAssertEqual(s.sourcePath, "cfg.toml")
    }

    func testBadValuesNameTheFileAndLine() {
        func error(_ text: String) -> String {
            do {
                _ = try MetricsSettings(config: ConfigFile.parse(text, path: "cfg.toml"))
                return "no error"
            } catch {
                return "\(error)"
            }
        }
        XCTAssertEqual(error("\ndispatch_sla_hours = -1"), "cfg.toml:2: error: 'dispatch_sla_hours' must be greater than 0, not -1")
        XCTAssertTrue(error("stale_days = 3").hasPrefix("cfg.toml:1: error: unknown key 'stale_days'"))
        XCTAssertTrue(error("[targets]\nlate_dispatch_rate = 4").hasPrefix("cfg.toml:2: error: 'late_dispatch_rate' must be between 0 and 1"))
        XCTAssertTrue(error("[thresholds]\nred_below = 4.8").hasPrefix("cfg.toml:2: error: red_below (4.8) must not be above"))
        XCTAssertTrue(error("min_paired_days = 2.5").hasPrefix("cfg.toml:1: error: 'min_paired_days' must be a whole number"))
    }

    func testLoadPrefersConfigOptionThenXDGFileThenDefaults() throws {
        let dir = TemporaryDirectory(prefix: "dsrboard-config")
        XCTAssertNil(try MetricsSettings.load(path: nil, environment: ["XDG_CONFIG_HOME": dir.path("none")]).sourcePath)
        try FileManager.default.createDirectory(atPath: dir.path("xdg/dsrboard"), withIntermediateDirectories: true)
        try "dispatch_sla_hours = 30\n".write(toFile: dir.path("xdg/dsrboard/config.toml"), atomically: true, encoding: .utf8)
        let xdg = try MetricsSettings.load(path: nil, environment: ["XDG_CONFIG_HOME": dir.path("xdg")])
        XCTAssertEqual(xdg.dispatchSLAHours, 30)
        try "dispatch_sla_hours = 20\n".write(toFile: dir.path("given.toml"), atomically: true, encoding: .utf8)
        let given = try MetricsSettings.load(path: dir.path("given.toml"), environment: ["XDG_CONFIG_HOME": dir.path("xdg")])
        XCTAssertEqual(given.dispatchSLAHours, 20)
        XCTAssertThrowsError(try MetricsSettings.load(path: dir.path("missing.toml"), environment: [:]))
    }
}
