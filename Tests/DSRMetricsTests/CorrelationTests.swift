import DSRMetrics
import DSRModel
import Foundation
import XCTest

/// The ad × score correlation against values computed independently with numpy/scipy
/// (Reference/correlation_reference.py), and its edges worked out by hand.
final class CorrelationTests: XCTestCase {
    private static let referenceURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Reference/correlation_reference.json")

    func testMatchesScipyForEveryLagAndBothScores() throws {
        let doc = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.referenceURL)) as! [String: Any]
        let f = try MetricsFixture()
        for row in doc["days"] as! [[String: Any]] {
            let day = CalendarDay(iso: row["date"] as! String)!
            try f.rating(day, overall: row["overall"] as? Double, logistics: row["logistics"] as? Double)
            try f.ad(day, spend: 100, impressions: 50_000, clicks: row["clicks"] as? Int, conversions: row["conversions"] as? Int)
        }
        let d = try f.dashboard()
        let expected = doc["expected"] as! [String: [String: Any]]
        for kind in [ScoreKind.overall, .logistics] {
            let want = expected[kind.rawValue]!
            let got = try XCTUnwrap(d.correlation(kind))
            let lags = want["lags"] as! [[String: Any]]
            XCTAssertEqual(got.lags.count, lags.count)
            for (g, w) in zip(got.lags, lags) {
                XCTAssertEqual(g.lag, w["lag"] as! Int)
                XCTAssertEqual(g.n, w["n"] as! Int, "\(kind) lag \(g.lag) n")
                XCTAssertEqual(g.pearson!, w["pearson"] as! Double, accuracy: 1e-9, "\(kind) lag \(g.lag) r")
                XCTAssertEqual(g.spearman!, w["spearman"] as! Double, accuracy: 1e-9, "\(kind) lag \(g.lag) rho")
            }
            XCTAssertEqual(got.bestLag, want["best_lag"] as? Int, "\(kind) best lag")
            let ci = want["ci95"] as! [Double]
            XCTAssertEqual(got.ci95!.lowerBound, ci[0], accuracy: 1e-9)
            XCTAssertEqual(got.ci95!.upperBound, ci[1], accuracy: 1e-9)
            XCTAssertEqual(got.n, lags[got.bestLag!]["n"] as! Int)
        }
    }

    /// score(d) pairs with cvr(d + k): a CVR series that copies the score two days later correlates perfectly
    /// at lag 2 only.
    func testLagAlignsScoreWithLaterCVR() throws {
        let f = try MetricsFixture()
        let last = CalendarDay(iso: "2026-11-29")!
        let scores = (0..<30).map { 4.0 + Double(($0 * 7) % 11) / 20 }
        for i in 0..<30 {
            let day = last.adding(days: i - 29)
            try f.rating(day, overall: scores[i])
            // CVR of day i + 2 = (score of day i − 4) / 10, as conversions per 1000 clicks.
            if i >= 2 { try f.ad(day, clicks: 1000, conversions: Int(((scores[i - 2] - 4) * 100).rounded())) }
        }
        let c = try XCTUnwrap(try f.dashboard().correlation(.overall))
        XCTAssertEqual(c.bestLag, 2)
        XCTAssertEqual(c.pearson!, 1, accuracy: 1e-12)
        XCTAssertEqual(c.spearman!, 1, accuracy: 1e-12)
        XCTAssertEqual(c.n, 28)   // days 0…27 have a CVR two days later
        XCTAssertEqual(c.lags[2].n, 28)
        XCTAssertEqual(c.lags[0].n, 28)   // days 2…29
        XCTAssertEqual(c.lags[7].n, 23)   // days 0…22
        XCTAssertLessThan(abs(c.lags[0].pearson!), 0.999)
    }

    func testFewerThanFourteenPairedDaysIsNotEnoughData() throws {
        let f = try MetricsFixture()
        let last = CalendarDay(iso: "2026-11-29")!
        for i in 0..<13 {
            let day = last.adding(days: -i)
            try f.rating(day, overall: 4.5 + Double(i) / 100)
            try f.ad(day, clicks: 1000, conversions: 20 + i)
        }
        // A day with no clicks and one with missing conversions give no CVR, so they add no pair.
        try f.rating(last.adding(days: -13), overall: 4.4)
        try f.ad(last.adding(days: -13), clicks: 0, conversions: 0)
        try f.rating(last.adding(days: -14), overall: 4.3)
        try f.ad(last.adding(days: -14), clicks: 900, conversions: nil)
        let c = try XCTUnwrap(try f.dashboard().correlation(.overall))
        XCTAssertEqual(c.lags[0].n, 13)
        XCTAssertFalse(c.isEnoughData)
        XCTAssertNil(c.bestLag)
        XCTAssertNil(c.pearson)
        XCTAssertNil(c.ci95)
        XCTAssertEqual(c.n, 13)
        XCTAssertEqual(c.lags[0].pearson!, 1, accuracy: 1e-12, "the lag itself is still computed")
    }

    func testAverageRanksConstantSeriesAndFisherInterval() {
        XCTAssertEqual(Statistics.averageRanks([10, 20, 20, 30]), [1, 2.5, 2.5, 4])
        XCTAssertEqual(Statistics.averageRanks([3, 1, 3, 3]), [3, 1, 3, 3])
        XCTAssertNil(Statistics.pearson([1, 1, 1], [1, 2, 3]), "a constant series has no r")
        XCTAssertNil(Statistics.pearson([1], [2]))
        // Fisher z by hand: r = 0.5, n = 28 → atanh 0.549306 ± 1.96 / 5 = 0.392 → tanh(0.157306), tanh(0.941306).
        let ci = Statistics.fisherInterval(r: 0.5, n: 28)!
        XCTAssertEqual(ci.lowerBound, tanh(atanh(0.5) - 0.392), accuracy: 1e-12)
        XCTAssertEqual(ci.lowerBound, 0.156021, accuracy: 1e-6)
        XCTAssertEqual(ci.upperBound, 0.735822, accuracy: 1e-6)
    }

    func testEqualBestLagsKeepTheSmallerOne() throws {
        let f = try MetricsFixture()
        let last = CalendarDay(iso: "2026-11-29")!
        // The score alternates 4.5, 4.6; so does CVR, shifted by two days: lags 0, 2, 4, 6 all give r = 1.
        for i in 0..<40 {
            let day = last.adding(days: i - 39)
            try f.rating(day, overall: i % 2 == 0 ? 4.5 : 4.6)
            try f.ad(day, clicks: 100, conversions: i % 2 == 0 ? 2 : 3)
        }
        let c = try XCTUnwrap(try f.dashboard().correlation(.overall))
        XCTAssertEqual(c.lags[0].pearson!, 1, accuracy: 1e-12)
        XCTAssertEqual(c.lags[2].pearson!, 1, accuracy: 1e-12)
        XCTAssertEqual(c.lags[1].pearson!, -1, accuracy: 1e-12)
        XCTAssertEqual(c.bestLag, 0)
    }
}
