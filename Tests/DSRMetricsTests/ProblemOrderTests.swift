import DSRMetrics
import DSRModel
import XCTest

/// Problem orders, their reasons and ranking, late parcels and open tickets (metrics.md, Problems).
final class ProblemOrderTests: XCTestCase {
    func testEachReasonAndItsEdges() throws {
        let f = try MetricsFixture()
        // late_dispatch: past the deadline, not shipped, not cancelled. Not when cancelled, or not yet due.
        try f.order("LD", paid: f.ago(days: 3), dispatchBy: f.ago(days: 1))
        try f.order("LDc", paid: f.ago(days: 3), cancelled: f.ago(days: 2), cancelBy: .seller, dispatchBy: f.ago(days: 1))
        try f.order("LDn", paid: f.ago(days: 1), dispatchBy: MetricsFixture.asOf + hour)
        // late_delivery: shipped, undelivered, past its deadline; with a scan 2 days ago it is not stale.
        try f.order("LV", paid: f.ago(days: 9), rts: f.ago(days: 8), deliverBy: f.ago(days: 1), tracking: "T-LV")
        try f.parcel("T-LV", order: "LV", channel: "UniUni", carrier: "UniUni", destination: "CA")
        try f.scan("T-LV", at: f.ago(days: 2))
        // stale_tracking: last scan more than 5 days ago; exactly 5 days is not "more than".
        try f.order("ST", paid: f.ago(days: 12), rts: f.ago(days: 11), tracking: "T-ST")
        try f.parcel("T-ST", order: "ST", channel: "China Post (postal)")
        try f.scan("T-ST", at: f.ago(days: 6))
        try f.order("ST5", paid: f.ago(days: 12), rts: f.ago(days: 11), tracking: "T-ST5")
        try f.parcel("T-ST5", order: "ST5")
        try f.scan("T-ST5", at: f.ago(days: 5))
        // No scan at all: stale since the ship time.
        try f.order("ST0", paid: f.ago(days: 8), rts: f.ago(days: 7))
        // delivery_exception: the parcel's current status is Exception (delivered orders are not stale or late).
        try f.order("EX", paid: f.ago(days: 6), rts: f.ago(days: 5), tracking: "T-EX")
        try f.parcel("T-EX", order: "EX", channel: "UniUni")
        try f.scan("T-EX", at: f.ago(days: 1), status: .exception, description: "Address problem")
        // ticket_overdue: no reply and older than 12 h, or past the helpdesk's fr_due_by; not a young one.
        try f.order("TO", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 15))
        try f.ticket("z1", order: "TO", created: f.ago(days: 0, hours: 13))
        try f.order("TF", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 15))
        try f.ticket("f1", source: .freshdesk, order: "TF", created: f.ago(days: 0, hours: 3), frDue: f.ago(days: 0, hours: 1))
        try f.order("TY", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 15))
        try f.ticket("z2", order: "TY", created: f.ago(days: 0, hours: 11))
        // negative_review: 1–2 stars in the last 60 days.
        try f.order("NR", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 15))
        try f.review("rv1", order: "NR", rating: 2, created: f.ago(days: 3))
        // refund: any reason, on an order delivered in the last 60 days; not one delivered 61 days ago.
        try f.order("RF", paid: f.ago(days: 20), rts: f.ago(days: 19), delivered: f.ago(days: 15))
        try f.returned("RF", reason: "Changed my mind")
        try f.order("RFo", paid: f.ago(days: 70), rts: f.ago(days: 69), delivered: f.ago(days: 61))
        try f.returned("RFo", reason: "Damaged")

        let d = try f.dashboard()
        let reasons = Dictionary(uniqueKeysWithValues: d.problemOrders.map { ($0.orderID, $0.reasons) })
        XCTAssertEqual(reasons, [
            "LD": [.lateDispatch],
            "LV": [.lateDelivery],
            "ST": [.staleTracking],
            "ST0": [.staleTracking],
            "EX": [.deliveryException],
            "TO": [.ticketOverdue],
            "TF": [.ticketOverdue],
            "NR": [.negativeReview],
            "RF": [.refund],
        ])
        // Late parcels: the parcels of late_delivery, stale_tracking and delivery_exception orders (ST0 has none).
        XCTAssertEqual(Set(d.lateParcels.map(\.trackingNumber)), ["T-LV", "T-ST", "T-EX"])
        XCTAssertEqual(d.lateParcels.first { $0.trackingNumber == "T-LV" }?.destination, "CA")
        XCTAssertEqual(d.rootCauses.lateParcelsByChannel.first, NamedCount(name: "UniUni", count: 2))

        // Open tickets: all three are open; two are overdue and listed first.
        XCTAssertEqual(d.openTickets.map(\.id), ["z1", "f1", "z2"])
        XCTAssertEqual(d.openTickets.map(\.isOverdue), [true, true, false])
        XCTAssertEqual(d.ticketCounts.open, 3)
        XCTAssertEqual(d.ticketCounts.overdue, 2)
    }

    func testRankingMoreReasonsFirstThenOldestBreach() throws {
        let f = try MetricsFixture()
        // Two reasons: late delivery (deadline 4 days ago) and stale (no scan since shipping 9 days ago).
        try f.order("two", paid: f.ago(days: 10), rts: f.ago(days: 9), deliverBy: f.ago(days: 4))
        // One reason each: the older breach ranks first.
        try f.order("old", paid: f.ago(days: 10), dispatchBy: f.ago(days: 6))
        try f.order("new", paid: f.ago(days: 10), dispatchBy: f.ago(days: 2))
        // Same breach instant: the order id breaks the tie.
        try f.order("new-b", paid: f.ago(days: 10), dispatchBy: f.ago(days: 2))

        let d = try f.dashboard()
        XCTAssertEqual(d.problemOrders.map(\.orderID), ["two", "old", "new", "new-b"])
        let two = d.problemOrders[0]
        XCTAssertEqual(two.reasons, [.lateDelivery, .staleTracking])
        // Stale since ship + 5 days = 4 days ago; late since the deadline, 4 days ago as well.
        XCTAssertEqual(two.oldestBreachAt, f.ago(days: 4))
        XCTAssertEqual(two.detail(.lateDelivery)?.days ?? 0, 4, accuracy: 1e-9)
        XCTAssertEqual(d.problemCountsByReason[.lateDispatch], 3)
        XCTAssertEqual(d.problemCountsByReason[.refund], 0)
    }

    func testOrderStoryShowsDeadlinesAndProblems() throws {
        let f = try MetricsFixture()
        try f.order("S1", paid: f.ago(days: 10), rts: f.ago(days: 9), tracking: "T1")
        try f.parcel("T1", order: "S1", channel: "UniUni")
        try f.scan("T1", at: f.ago(days: 8))
        try f.scan("T1", at: MetricsFixture.asOf + hour, description: "after as-of")
        let story = try XCTUnwrap(try f.source().orderStory(orderID: "S1", asOf: MetricsFixture.asOf))
        XCTAssertEqual(story.dispatchDeadline?.at, f.ago(days: 8))   // paid + 48 h
        XCTAssertNil(story.deliveryDeadline)                          // no transit days set for UniUni
        XCTAssertEqual(story.parcels.first?.events.count, 1, "a scan after as-of had not happened yet")
        XCTAssertEqual(story.problems.map(\.reason), [.staleTracking])
        XCTAssertNil(try f.source().orderStory(orderID: "nope", asOf: MetricsFixture.asOf))
    }

    func testAPastInstantSeesOnlyWhatHadHappenedThen() throws {
        let f = try MetricsFixture()
        // Shipped an hour after as-of: at as-of it was still unshipped and late.
        try f.order("P", paid: f.ago(days: 4), rts: MetricsFixture.asOf + hour, dispatchBy: f.ago(days: 2))
        // A ticket answered and solved only after as-of is open and overdue at as-of.
        try f.ticket("z", order: "P", created: f.ago(days: 1), status: .solved, firstReply: MetricsFixture.asOf + hour,
                     solved: MetricsFixture.asOf + 2 * hour)
        // Created after as-of: not there yet.
        try f.order("Q", paid: MetricsFixture.asOf + hour, dispatchBy: MetricsFixture.asOf + 2 * day)

        let d = try f.dashboard()
        XCTAssertEqual(d.problemOrders.map(\.orderID), ["P"])
        XCTAssertEqual(d.problemOrders[0].reasons, [.lateDispatch, .ticketOverdue])
        XCTAssertEqual(d.metric(.lateDispatchRate).numerator, 1)
        XCTAssertEqual(d.openTickets.map(\.isOverdue), [true])
        XCTAssertEqual(d.counts.orders, 2, "counts are rows in the store, whatever the instant")
        XCTAssertNil(try f.source().orderStory(orderID: "Q", asOf: MetricsFixture.asOf))

        // A day later it had shipped (late) and the ticket was answered and solved.
        let later = try f.dashboard(asOf: MetricsFixture.asOf + day)
        XCTAssertEqual(later.problemOrders.map(\.orderID), [], "Q is not due until as-of + 2 days")
        XCTAssertEqual(later.metric(.lateDispatchRate).numerator, 1)
        XCTAssertTrue(later.openTickets.isEmpty)
    }
}
