import DSRModel
import DSRStore
import TestSupport
import XCTest

final class StoreUpsertTests: XCTestCase {
    private var dir: TemporaryDirectory!
    private var store: Store!

    override func setUpWithError() throws {
        dir = TemporaryDirectory()
        store = try Store(path: dir.path("s.sqlite"))
        try store.upsert(Shop(id: "7495", name: "US-Home", region: "US", timeZone: "America/Los_Angeles"))
    }

    private func order(updated: EpochSeconds?, status: OrderStatus = .inTransit) -> Order {
        Order(id: "577301234567890123", shopID: "7495", status: status, createdAt: 1_718_000_000, paidAt: 1_718_000_042,
              updatedAt: updated, total: Money(minorUnits: 2766, currency: "USD"), trackingNumber: "TT1",
              lines: [OrderLine(lineID: "1729", skuID: "1729", sellerSKU: "MUG-BLK", productName: "Ceramic mug 陶瓷马克杯",
                                quantity: 2, unitPrice: Money(minorUnits: 1299, currency: "USD"))])
    }

    func testOrderUpsertIsIdempotentAndNewerWins() throws {
        XCTAssertEqual(try store.upsert(order(updated: 100)), .inserted)
        XCTAssertEqual(try store.upsert(order(updated: 100)), .unchanged)
        XCTAssertEqual(try store.upsert(order(updated: 50, status: .awaitingShipment)), .unchanged, "older loses")
        XCTAssertEqual(try store.order(id: "577301234567890123")?.status, .inTransit)
        XCTAssertEqual(try store.upsert(order(updated: 200, status: .delivered)), .updated)
        let stored = try XCTUnwrap(try store.order(id: "577301234567890123"))
        XCTAssertEqual(stored.status, .delivered)
        XCTAssertEqual(stored.lines.map(\.quantity), [2])
        XCTAssertEqual(stored.lines.first?.productName, "Ceramic mug 陶瓷马克杯")
        XCTAssertEqual(stored.total, Money(minorUnits: 2766, currency: "USD"))
    }

    func testMissingFactsDoNotEraseStoredOnes() throws {
        var api = order(updated: nil)
        api.dispatchDeadline = 1_718_172_800
        try store.upsert(api)
        var export = order(updated: nil, status: .delivered)
        export.deliveredAt = 1_719_000_000
        XCTAssertEqual(try store.upsert(export), .updated)
        let stored = try XCTUnwrap(try store.order(id: api.id))
        XCTAssertEqual(stored.dispatchDeadline, 1_718_172_800)
        XCTAssertEqual(stored.deliveredAt, 1_719_000_000)
    }

    func testEventsAreStoredOnceAndMoveTheParcelStatusOnlyForward() throws {
        let e1 = TrackingEvent(trackingNumber: "TT1", occurredAt: 1_000, description: "Picked up", status: .inTransit,
                               rawStatus: "PU", source: "forwarder")
        let e2 = TrackingEvent(trackingNumber: "TT1", occurredAt: 2_000, description: "Delivered", status: .delivered,
                               rawStatus: "DL", source: "forwarder")
        XCTAssertEqual(try store.insert(e2), .inserted)
        XCTAssertEqual(try store.insert(e1), .inserted)
        var dupe = e1
        dupe.source = "17track"
        XCTAssertEqual(try store.insert(dupe), .unchanged, "same number, instant and description from another source")
        try store.upsert(order(updated: 1))
        let parcels = try store.linkedParcels(shopID: "7495")
        XCTAssertEqual(parcels.count, 1)
        XCTAssertEqual(parcels.first?.parcel.status, .delivered, "the older event must not win")
        XCTAssertEqual(parcels.first?.orderID, "577301234567890123")
        XCTAssertEqual(parcels.first?.lastEvent?.description, "Delivered")
        XCTAssertEqual(parcels.first?.eventCount, 2)
        XCTAssertEqual(try store.events(trackingNumber: "TT1").map(\.occurredAt), [2_000, 1_000])
    }

    func testTicketsLinkToKnownOrdersAtQueryTimeWhateverTheImportOrder() throws {
        let t = Ticket(source: .zendesk, id: "48213", orderRefs: ["nope", "577301234567890123"], subject: "Where is it",
                       status: .pending, sourceStatus: "pending", createdAt: 1_000, updatedAt: 1_100)
        XCTAssertEqual(try store.upsert(TicketMetrics(ticketID: "48213", replyMinutesCalendar: 90, updatedAt: 5)), .inserted)
        XCTAssertEqual(try store.upsert(t), .inserted)
        XCTAssertEqual(try store.upsert(t), .unchanged)
        XCTAssertNil(try store.linkedTickets(shopID: nil).first?.orderID, "order not imported yet")
        try store.upsert(order(updated: 1))
        let linked = try XCTUnwrap(try store.linkedTickets(shopID: "7495").first)
        XCTAssertEqual(linked.orderID, "577301234567890123")
        XCTAssertEqual(linked.firstReplyAt, 1_000 + 90 * 60)
        XCTAssertEqual(linked.ticket.orderRefs, ["nope", "577301234567890123"])
        var deleted = t
        deleted.status = .deleted
        deleted.updatedAt = 2_000
        XCTAssertEqual(try store.upsert(deleted), .updated)
        XCTAssertEqual(try store.linkedTickets(shopID: nil).count, 0, "deleted tickets are not tickets")
    }

    func testScoresAdsReviewsAndCounts() throws {
        let day = CalendarDay(iso: "2026-11-30")!
        let rating = ShopRating(shopID: "7495", date: day, overall: 4.62, product: 4.7, logistics: 4.3, service: 4.8,
                                rawRates: ["late_dispatch_rate": 0.031])
        XCTAssertEqual(try store.upsert(rating), .inserted)
        XCTAssertEqual(try store.upsert(rating), .unchanged)
        XCTAssertEqual(try store.ratings(shopID: "7495"), [rating])
        let ad = AdDay(shopID: "7495", date: day, campaignID: "1801", campaignName: "US_mugs", spend: 84.2, impressions: 21544,
                       clicks: 317, conversions: nil)
        XCTAssertEqual(try store.upsert(ad), .inserted)
        XCTAssertEqual(try store.adDays(shopID: "7495").first?.conversions, nil, "missing stays missing, never 0")
        let review = Review(id: "r1", shopID: "7495", orderID: "577301234567890123", skuID: "1729", rating: 2,
                            text: "杯子裂了", createdAt: 3_000)
        XCTAssertEqual(try store.upsert(review), .inserted)
        XCTAssertEqual(try store.reviews(orderID: "577301234567890123"), [review])
        XCTAssertThrowsError(try store.upsert(Review(id: "r2", shopID: "7495", rating: 7, createdAt: 1)), "rating 7")
        try store.upsert(order(updated: 1))
        let counts = try store.counts(shopID: "7495")
        XCTAssertEqual(counts.orders, 1)
        XCTAssertEqual(counts.reviews, 1)
        XCTAssertEqual(counts.ratingDays, 1)
        XCTAssertEqual(counts.adDays, 1)
    }

    func testImportLogKeepsRejectedRowsAndSourceActivity() throws {
        let record = ImportRecord(path: "orders.csv", sha256: "ab", kind: "tiktok-orders", startedAt: 10, finishedAt: 12,
                                  rowsRead: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 1, outcome: .partial)
        let id = try store.log(record, rejected: [RejectedRow(line: 3, reason: "31/02 is not a date", raw: "x,31/02/2026")],
                               category: .orders)
        XCTAssertEqual(try store.rejectedRows(importID: id).map(\.line), [3])
        XCTAssertEqual(try store.sourceActivity()[.orders], 12)
        XCTAssertEqual(try store.recentImports().first?.outcome, .partial)
    }
}
