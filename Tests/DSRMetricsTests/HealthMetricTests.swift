import DSRMetrics
import DSRModel
import XCTest

/// Each health metric of metrics.md on a handful of orders, tickets and reviews whose figures are worked out
/// by hand in the comments. As of 2026-11-30T00:00Z; a 30-day window is [2026-10-31T00:00Z, 2026-11-30T00:00Z).
final class HealthMetricTests: XCTestCase {
    func testLateDispatchRateWindowCancellationsAndMissingDeadlines() throws {
        let f = try MetricsFixture()
        let edge = f.ago(days: 30)
        // In: deadline exactly at the window's start, shipped an hour late → late.
        try f.order("A", paid: edge - 40 * hour, rts: edge + hour, dispatchBy: edge)
        // Out: a second before the window.
        try f.order("B", paid: edge - 40 * hour, dispatchBy: edge - 1)
        // Out: deadline exactly at as-of (the window is half-open).
        try f.order("C", paid: f.ago(days: 1), dispatchBy: MetricsFixture.asOf)
        // In: past its deadline and not shipped → late.
        try f.order("D", paid: f.ago(days: 3), dispatchBy: f.ago(days: 1))
        // In: shipped exactly at the deadline → not late ("shipped after it").
        try f.order("E", paid: f.ago(days: 4), rts: f.ago(days: 2), dispatchBy: f.ago(days: 2))
        // Out: cancelled by the seller before shipping; and a cancelled status without a time, never shipped.
        try f.order("F", paid: f.ago(days: 4), cancelled: f.ago(days: 3), cancelBy: .seller, dispatchBy: f.ago(days: 2))
        try f.order("F2", paid: f.ago(days: 4), status: .cancelled, dispatchBy: f.ago(days: 2))
        // In: no rts_sla_time, so paid + 48 h = 3 days ago; shipped 2.5 days ago → late.
        try f.order("G", paid: f.ago(days: 5), rts: f.ago(days: 2, hours: 12))
        // Out: neither a deadline nor a paid time → no deadline.
        try f.order("H", created: f.ago(days: 5))
        // In: cancelled after it shipped on time → counted, not late.
        try f.order("I", paid: f.ago(days: 12), rts: f.ago(days: 11, hours: 12), cancelled: f.ago(days: 9),
                    cancelBy: .buyer, dispatchBy: f.ago(days: 11))
        // Falls back to carrier pickup when there is no RTS time: collected after the deadline → late.
        try f.order("J", paid: f.ago(days: 6), collected: f.ago(days: 3), dispatchBy: f.ago(days: 4))

        let m = try f.metric(.lateDispatchRate)
        XCTAssertEqual(m.denominator, 6)   // A, D, E, G, I, J
        XCTAssertEqual(m.numerator, 4)     // A, D, G, J
        XCTAssertEqual(m.value!, 4.0 / 6, accuracy: 1e-12)
        XCTAssertEqual(m.isMet, false)

        // A longer SLA moves G's deadline to paid + 72 h = 2 days ago: shipped 12 h before it.
        var settings = MetricsSettings()
        settings.dispatchSLAHours = 72
        XCTAssertEqual(try f.metric(.lateDispatchRate, settings).numerator, 3)
    }

    func testOnTimeDeliveryRateDeadlinesSourcesAndCancelledOrders() throws {
        let f = try MetricsFixture()
        // In, on time: delivered a day before the deadline, and exactly at it ("on or before").
        try f.order("A", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 11), deliverBy: f.ago(days: 10))
        try f.order("B", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 10), deliverBy: f.ago(days: 10))
        // In, not on time: delivered after it; shipped and still undelivered; never shipped.
        try f.order("C", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 9), deliverBy: f.ago(days: 10))
        try f.order("D", paid: f.ago(days: 20), rts: f.ago(days: 19), deliverBy: f.ago(days: 5))
        try f.order("E", paid: f.ago(days: 20), deliverBy: f.ago(days: 5))
        // Out: deadline before the window; cancelled orders have no delivery deadline.
        try f.order("F", paid: f.ago(days: 50), rts: f.ago(days: 49), deliverBy: f.ago(days: 31))
        try f.order("G", paid: f.ago(days: 20), cancelled: f.ago(days: 19), cancelBy: .seller, deliverBy: f.ago(days: 5))
        // A tracking source's promised date: delivered a day before it → on time.
        try f.order("H", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 4))
        try f.parcel("TH", order: "H", promised: f.ago(days: 3))
        // Ship time + the channel's promised transit days: without the setting there is no deadline.
        try f.order("K", paid: f.ago(days: 13), rts: f.ago(days: 12), delivered: f.ago(days: 1),
                    deliveryOption: "YunExpress US line")

        let m = try f.metric(.onTimeDeliveryRate)
        XCTAssertEqual(m.denominator, 6)   // A, B, C, D, E, H
        XCTAssertEqual(m.numerator, 3)     // A, B, H

        // With 10 transit days K's deadline is 2 days ago; it arrived a day after → in, not on time.
        var settings = MetricsSettings()
        settings.promisedTransitDays = ["yunexpress us line": 10]
        let withTransit = try f.metric(.onTimeDeliveryRate, settings)
        XCTAssertEqual(withTransit.denominator, 7)
        XCTAssertEqual(withTransit.numerator, 3)
    }

    func testSellerFaultCancellationRateCountsPaidOrdersByCreation() throws {
        let f = try MetricsFixture()
        try f.order("A", created: f.ago(days: 10), paid: f.ago(days: 10), cancelled: f.ago(days: 9), cancelBy: .seller)
        try f.order("B", created: f.ago(days: 10), paid: f.ago(days: 10), cancelled: f.ago(days: 9), cancelBy: .system)
        // Buyer cancelled after it shipped: counted, not the seller's fault.
        try f.order("C", created: f.ago(days: 10), paid: f.ago(days: 10), rts: f.ago(days: 9), cancelled: f.ago(days: 8),
                    cancelBy: .buyer)
        // Buyer cancelled before dispatch: left out of the fulfilment rates.
        try f.order("D", created: f.ago(days: 10), paid: f.ago(days: 10), cancelled: f.ago(days: 9, hours: 20), cancelBy: .buyer)
        // Never paid: left out of both.
        try f.order("E", created: f.ago(days: 10), cancelled: f.ago(days: 9), cancelBy: .seller)
        // Created before the window.
        try f.order("F", created: f.ago(days: 31), paid: f.ago(days: 31), cancelled: f.ago(days: 20), cancelBy: .seller)
        // Paid and fine; and one the seller cancels only after as-of (not cancelled yet).
        try f.order("G", created: f.ago(days: 1), paid: f.ago(days: 1))
        try f.order("H", created: f.ago(days: 2), paid: f.ago(days: 2), cancelled: MetricsFixture.asOf + hour, cancelBy: .seller)

        let m = try f.metric(.sellerFaultCancellationRate)
        XCTAssertEqual(m.denominator, 5)   // A, B, C, G, H
        XCTAssertEqual(m.numerator, 2)     // A, B
    }

    func testNegativeReviewRateCountsEachReviewOverDeliveredOrders() throws {
        let f = try MetricsFixture()
        // Delivered 1, 59 and exactly 60 days ago are in the 60-day window; 61 days ago is not.
        for (id, d) in [("A", 1.0), ("B", 59), ("C", 60), ("D", 61)] {
            try f.order(id, paid: f.ago(days: d + 5), rts: f.ago(days: d + 4), delivered: f.ago(days: d))
        }
        // Two negative reviews of one order count twice.
        try f.review("r1", order: "A", rating: 2, created: f.ago(days: 5))
        try f.review("r2", order: "A", rating: 1, created: f.ago(days: 6))
        // Not counted: 3 stars; older than 60 days; created exactly at as-of.
        try f.review("r3", order: "B", rating: 3, created: f.ago(days: 5))
        try f.review("r4", order: "D", rating: 1, created: f.ago(days: 61))
        try f.review("r5", order: "B", rating: 2, created: MetricsFixture.asOf)

        let m = try f.metric(.negativeReviewRate)
        XCTAssertEqual(m.numerator, 2)
        XCTAssertEqual(m.denominator, 3)
        XCTAssertEqual(m.windowDays, 60)
    }

    func testSellerFaultReturnRateUsesBuyerReasonsSetting() throws {
        let f = try MetricsFixture()
        for id in ["A", "B", "C", "E"] {
            try f.order(id, paid: f.ago(days: 15), rts: f.ago(days: 14), delivered: f.ago(days: 10))
        }
        try f.order("D", paid: f.ago(days: 75), rts: f.ago(days: 74), delivered: f.ago(days: 70))
        try f.returned("A", reason: "Damaged")
        // A buyer reason, compared ignoring case and surrounding spaces.
        try f.returned("B", reason: " changed my mind ")
        // No reason given: not the buyer's, so it counts against the seller.
        try f.returned("C", reason: nil)
        // Delivered before the window.
        try f.returned("D", reason: "Damaged")

        let m = try f.metric(.sellerFaultReturnRate)
        XCTAssertEqual(m.denominator, 4)   // A, B, C, E
        XCTAssertEqual(m.numerator, 2)     // A, C

        var settings = MetricsSettings()
        settings.buyerReturnReasons = ["Damaged"]
        XCTAssertEqual(try f.metric(.sellerFaultReturnRate, settings).numerator, 2)   // B, C
    }

    func testTwelveHourResponseLeavesOutYoungUnansweredTickets() throws {
        let f = try MetricsFixture()
        let created = f.ago(days: 10)
        try f.ticket("1", created: created, status: .solved, firstReply: created + 720 * 60)        // exactly 12 h: in time
        try f.ticket("2", created: created, status: .solved, firstReply: created + 721 * 60)        // 12 h 1 min: late
        try f.ticket("3", created: f.ago(days: 0, hours: 11))                                      // 11 h, no reply: left out
        try f.ticket("4", created: f.ago(days: 0, hours: 13))                                      // 13 h, no reply: late
        try f.ticket("5", created: f.ago(days: 0, hours: 11), firstReply: f.ago(days: 0, hours: 10)) // replied in 1 h
        try f.ticket("6", created: f.ago(days: 31), firstReply: f.ago(days: 31) + hour)            // before the window
        try f.ticket("7", created: f.ago(days: 2), status: .deleted, firstReply: f.ago(days: 1))   // deleted: no ticket

        let d = try f.dashboard()
        let rate = d.metric(.response12hRate)
        XCTAssertEqual(rate.denominator, 4)   // 1, 2, 4, 5
        XCTAssertEqual(rate.numerator, 2)     // 1, 5
        let mean = d.metric(.avgFirstResponseHours)
        XCTAssertEqual(mean.denominator, 3)   // 1, 2, 5
        let hours: Double = 12 + (12 + 1.0 / 60) + 1
        XCTAssertEqual(mean.value!, hours / 3, accuracy: 1e-9)
        XCTAssertEqual(mean.isMet, true)
    }

    func testEmptyShopHasNoDataRatherThanZero() throws {
        let f = try MetricsFixture()
        let d = try f.dashboard()
        XCTAssertEqual(d.metrics.map(\.key), MetricKey.allCases)
        for m in d.metrics {
            XCTAssertEqual(m.denominator, 0)
            XCTAssertNil(m.value, "\(m.key) must be no data")
            XCTAssertNil(m.isMet)
        }
        let json = MetricsReport.shop(d).serialized()
        XCTAssertTrue(json.contains("\"value\": null"))
        XCTAssertFalse(json.contains("nan"))
    }

    func testAllShopsSumNumeratorsAndDenominators() throws {
        let f = try MetricsFixture()
        try f.store.upsert(Shop(id: "8810", name: "UK-Kitchen"))
        try f.order("A1", paid: f.ago(days: 5), dispatchBy: f.ago(days: 3))                       // late
        try f.order("A2", paid: f.ago(days: 5), rts: f.ago(days: 4), dispatchBy: f.ago(days: 3))  // on time
        try f.order("B1", paid: f.ago(days: 5), rts: f.ago(days: 4), dispatchBy: f.ago(days: 3), shop: "8810")
        try f.ticket("t1", created: f.ago(days: 3), firstReply: f.ago(days: 3) + 2 * hour)
        try f.ticket("t2", created: f.ago(days: 3), firstReply: f.ago(days: 3) + 4 * hour)

        let source = try f.source()
        let one = try source.dashboard(shopID: f.shopID, asOf: MetricsFixture.asOf).metric(.lateDispatchRate)
        XCTAssertEqual(one.value, 0.5)
        let all = try source.dashboard(shopID: nil, asOf: MetricsFixture.asOf)
        // (1 + 0) / (2 + 1), not the mean of 50% and 0%.
        XCTAssertEqual(all.metric(.lateDispatchRate).numerator, 1)
        XCTAssertEqual(all.metric(.lateDispatchRate).denominator, 3)
        XCTAssertEqual(all.metric(.avgFirstResponseHours).value, 3)
        XCTAssertNil(all.score.latest, "all shops have no single official score")
    }

    func testUnknownShopIsAnError() throws {
        let f = try MetricsFixture()
        XCTAssertThrowsError(try f.source().dashboard(shopID: "nope", asOf: MetricsFixture.asOf)) { error in
            XCTAssertTrue("\(error)".contains("no shop with id 'nope'"), "\(error)")
        }
    }
}
