import DSRMetrics
import DSRModel
import XCTest

/// Root causes (each in its own metric's window) and the daily ad series (metrics.md, Daily watch and Ads).
final class RootCauseAndAdTests: XCTestCase {
    func testNegativeReviewsBySKUAndBatchLateRepliesByAgentAndTransitByChannel() throws {
        let f = try MetricsFixture()
        func line(_ sku: String, _ batch: String) -> OrderLine {
            OrderLine(lineID: "\(sku)-\(batch)", skuID: sku, sellerSKU: "S-\(sku)", batch: batch)
        }
        try f.order("A", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 10),
                    deliveryOption: "UniUni", lines: [line("k1", "B7")])
        try f.order("B", paid: f.ago(days: 20), rts: f.ago(days: 18), delivered: f.ago(days: 12),
                    deliveryOption: "UniUni", lines: [line("k1", "B7")])
        try f.order("C", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 9),
                    deliveryOption: "Postal", lines: [line("k1", "B6"), line("m2", "B1")])
        // A review without a SKU takes its order's only SKU; one with a SKU takes that line's batch.
        try f.review("r1", order: "A", rating: 1, created: f.ago(days: 5))
        try f.review("r2", order: "B", sku: "k1", rating: 2, created: f.ago(days: 5))
        try f.review("r3", order: "C", sku: "m2", rating: 2, created: f.ago(days: 5))
        // Not counted: 3 stars, and older than 60 days.
        try f.review("r4", order: "C", sku: "k1", rating: 3, created: f.ago(days: 5))
        try f.review("r5", order: "C", sku: "k1", rating: 1, created: f.ago(days: 61))
        // Late first replies in 30 days by agent; a late one before the window and an unanswered one do not count.
        try f.ticket("t1", created: f.ago(days: 3), status: .solved, firstReply: f.ago(days: 3) + 13 * hour, assignee: "ann")
        try f.ticket("t2", created: f.ago(days: 4), status: .solved, firstReply: f.ago(days: 4) + 2 * hour, assignee: "bob")
        try f.ticket("t3", created: f.ago(days: 40), status: .solved, firstReply: f.ago(days: 39), assignee: "bob")
        try f.ticket("t4", created: f.ago(days: 2), assignee: "bob")

        let r = try f.dashboard().rootCauses
        XCTAssertEqual(r.negativeReviewsBySKU.map(\.label), ["S-k1 batch B7", "S-m2 batch B1"])
        XCTAssertEqual(r.negativeReviewsBySKU.map(\.count), [2, 1])
        XCTAssertEqual(r.lateRepliesByAgent, [NamedCount(name: "ann", count: 1)])
        // UniUni: (9 + 6) / 2 = 7.5 days; Postal: 10 days.
        let transit = Dictionary(uniqueKeysWithValues: r.transitByChannel.map { ($0.channel, $0.meanTransitDays) })
        XCTAssertEqual(transit["UniUni"] ?? nil, 7.5)
        XCTAssertEqual(transit["Postal"] ?? nil, 10)
    }

    func testDailyAdSeriesSkipsMissingValuesInsteadOfReadingZero() throws {
        let f = try MetricsFixture()
        let day = CalendarDay(iso: "2026-11-28")!
        try f.ad(day, campaign: "c1", spend: 30, impressions: 10_000, clicks: 200, conversions: 6)
        // Conversions missing ("--"): left out of CVR and CPA, still in CPM.
        try f.ad(day, campaign: "c2", spend: 20, impressions: 5_000, clicks: 100, conversions: nil)
        // A day without clicks has no CVR; a day after the last known day is not shown.
        try f.ad(day.adding(days: -1), campaign: "c1", spend: 10, impressions: 1_000, clicks: 0, conversions: 0)
        try f.ad(CalendarDay(iso: "2026-11-30")!, campaign: "c1", spend: 10, impressions: 1_000, clicks: 10, conversions: 1)

        let series = try f.dashboard().adSeries
        XCTAssertEqual(series.map(\.date), [day.adding(days: -1), day])
        let p = series[1]
        XCTAssertEqual(p.cvr, 6.0 / 200)
        XCTAssertEqual(p.cpm, 50.0 / 15_000 * 1000)
        XCTAssertEqual(p.cpa, 30.0 / 6)
        XCTAssertEqual(p.clicks, 300)
        XCTAssertNil(series[0].cvr)
        XCTAssertNil(series[0].cpa)
    }
}
