import DSRMetrics
import DSRModel
import XCTest

/// The official score summary and the daily watch (metrics.md, Official score and Daily watch).
final class ScoreAndWatchTests: XCTestCase {
    func testLatestScoreSevenDayChangeAndSeries() throws {
        let f = try MetricsFixture()
        let last = CalendarDay(iso: "2026-11-29")!
        try f.rating(last, overall: 4.62, product: 4.7, logistics: 4.3, service: 4.8)
        try f.rating(last.adding(days: -7), overall: 4.67, product: 4.7, logistics: 4.4, service: 4.8)
        try f.rating(last.adding(days: -40), overall: 4.9, product: 4.9, logistics: 4.9, service: 4.9)
        // A day at or after as-of is not known yet.
        try f.rating(last.adding(days: 1), overall: 1, product: 1, logistics: 1, service: 1)

        let s = try f.dashboard().score
        XCTAssertEqual(s.latest?.date, last)
        XCTAssertEqual(s.value(.overall), 4.62)
        XCTAssertEqual(s.change7d[.overall]!, -0.05, accuracy: 1e-9)
        XCTAssertEqual(s.change7d[.logistics]!, -0.1, accuracy: 1e-9)
        XCTAssertEqual(s.band(.overall), .amber)
        XCTAssertEqual(s.series30[.overall]?.count, 30)
        XCTAssertEqual(s.series30[.overall]?.last, 4.62)
        XCTAssertEqual(s.series30[.overall]?[22], 4.67)
        XCTAssertEqual(s.series90[.overall]?.count, 90)
        XCTAssertEqual(s.series90[.overall]?[89 - 40], 4.9)
        XCTAssertEqual(s.series30[.overall]?.compactMap { $0 }.count, 2, "days without a rating are nil")
    }

    func testNoChangeWithoutTheDaySevenDaysBefore() throws {
        let f = try MetricsFixture()
        try f.rating(CalendarDay(iso: "2026-11-29")!, overall: 4.6)
        try f.rating(CalendarDay(iso: "2026-11-21")!, overall: 4.7)
        XCTAssertNil(try f.dashboard().score.change7d[.overall])
    }

    func testSubScoreDropNamesTheLikeliestCause() throws {
        let f = try MetricsFixture()
        let last = CalendarDay(iso: "2026-11-29")!
        try f.rating(last.adding(days: -1), overall: 4.6, product: 4.60, logistics: 4.5, service: 4.55)
        // service falls by exactly 0.05 (4.55 → 4.50 is 0.0499… in binary: still an alert); logistics by 0.04: none.
        try f.rating(last, overall: 4.6, product: 4.60, logistics: 4.46, service: 4.50)
        // Agent 77 answered two tickets after 12 h, agent 12 one.
        for (i, agent) in ["77", "77", "12"].enumerated() {
            let created = f.ago(days: Double(5 + i))
            try f.ticket("t\(i)", created: created, status: .solved, firstReply: created + 13 * hour, assignee: agent)
        }
        let alerts = try f.dashboard().alerts
        let drop = try XCTUnwrap(alerts.first { $0.kindName == "score_drop" })
        XCTAssertEqual(alerts.filter { $0.kindName == "score_drop" }.count, 1)
        XCTAssertEqual(drop.date, last)
        XCTAssertEqual(drop.scoreKind, .service)
        XCTAssertEqual(drop.what, "service −0.05 (4.55 → 4.50)")
        XCTAssertEqual(drop.causes, ["agent 77: 2 first replies after 12 h in 30 d"])
    }

    func testMetricCrossingItsTargetRaisesAnAlert() throws {
        let f = try MetricsFixture()
        // Ten orders due 10 days ago shipped on time; one due 12 h ago not shipped: 1/11 = 9.1% late as of now,
        // 0/10 a day earlier. The crossing happened on the last day.
        for i in 0..<10 {
            try f.order("ok\(i)", paid: f.ago(days: 12), rts: f.ago(days: 11), dispatchBy: f.ago(days: 10))
        }
        try f.order("late", paid: f.ago(days: 2), dispatchBy: f.ago(days: 0, hours: 12), deliveryOption: "UniUni")
        let alerts = try f.dashboard().alerts.filter { $0.kindName == "metric_crossed" }
        XCTAssertEqual(alerts.count, 1)
        XCTAssertEqual(alerts[0].date, CalendarDay(iso: "2026-11-29"))
        XCTAssertEqual(alerts[0].what, "Late dispatch rate 9.1% (target < 4.0%)")
        XCTAssertEqual(alerts[0].scoreKind, .logistics)
    }
}
