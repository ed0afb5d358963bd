import DSRImport
import DSRModel
import DSRStore
import TestSupport
import XCTest

final class DemoGeneratorTests: XCTestCase {
    private let now = UTCTime.parseInstant("2026-12-01T00:00:00Z")!

    private func generate(_ options: DemoOptions, in dir: TemporaryDirectory, name: String) throws -> (Store, DemoSummary) {
        let store = try Store(path: dir.path(name))
        let summary = try DemoGenerator(options: options).generate(into: store)
        return (store, summary)
    }

    func testSameSeedWritesTheSameStoreAndAnotherSeedDoesNot() throws {
        let dir = TemporaryDirectory()
        let options = DemoOptions(seed: 7, now: now, days: 30, scale: 0.05)
        let (a, summaryA) = try generate(options, in: dir, name: "a.sqlite")
        let (b, summaryB) = try generate(options, in: dir, name: "b.sqlite")
        let (c, _) = try generate(DemoOptions(seed: 8, now: now, days: 30, scale: 0.05), in: dir, name: "c.sqlite")
        XCTAssertEqual(summaryA.tables, summaryB.tables)
        XCTAssertEqual(try a.contentChecksums(), try b.contentChecksums())
        XCTAssertNotEqual(try a.contentChecksums()["orders"], try c.contentChecksums()["orders"])
        XCTAssertGreaterThan(summaryA.tables.first { $0.table == "orders" }?.rows ?? 0, 100)
    }

    func testThePlantedStoriesAreInTheData() throws {
        let dir = TemporaryDirectory()
        let (store, _) = try generate(DemoOptions(now: now, days: 120, scale: 0.25), in: dir, name: "s.sqlite")
        let us = DemoCatalogIDs.us, uk = DemoCatalogIDs.uk

        // Mean transit per channel, recomputed from the orders and parcels stored.
        let parcels = try store.linkedParcels(shopID: us)
        let orders = Dictionary(uniqueKeysWithValues: try store.orders(shopID: nil, includeLines: true).map { ($0.id, $0) })
        func meanTransit(_ channel: String) -> Double {
            let days = parcels.filter { $0.parcel.channel == channel }.compactMap { p -> Double? in
                guard let o = p.orderID.flatMap({ orders[$0] }), let d = o.deliveredAt, let c = o.collectedAt else { return nil }
                return Double(d - c) / 86_400
            }
            XCTAssertGreaterThan(days.count, 50, channel)
            return days.reduce(0, +) / Double(max(1, days.count))
        }
        XCTAssertEqual(meanTransit("China Post (postal)"), 25, accuracy: 2)
        XCTAssertEqual(meanTransit("YunExpress US line"), 12, accuracy: 1.5)

        // The US logistics score falls to about 4.2 and recovers to about 4.7.
        let logistics = try store.ratings(shopID: us).compactMap(\.logistics)
        XCTAssertEqual(logistics.count, 120)
        XCTAssertEqual(logistics.min()!, 4.2, accuracy: 0.05)
        XCTAssertEqual(logistics.prefix(10).reduce(0, +) / 10, 4.63, accuracy: 0.05)
        XCTAssertEqual(logistics.suffix(7).reduce(0, +) / 7, 4.7, accuracy: 0.05)

        // One UK SKU batch draws a burst of 1–2 star reviews.
        let ukReviews = try store.reviews(shopID: uk)
        let batchOf: (Review) -> String? = { r in
            orders[r.orderID ?? ""]?.lines.first { $0.skuID == r.skuID }?.batch
        }
        let bad = ukReviews.filter { $0.skuID == "1729000000000000204" && batchOf($0) == "B7" }
        let others = ukReviews.filter { !($0.skuID == "1729000000000000204" && batchOf($0) == "B7") }
        XCTAssertGreaterThan(bad.count, 10)
        XCTAssertGreaterThan(Double(bad.filter { $0.rating <= 2 }.count) / Double(bad.count), 0.5)
        XCTAssertLessThan(Double(others.filter { $0.rating <= 2 }.count) / Double(others.count), 0.08)
        XCTAssertTrue(try store.reviews(shopID: nil).contains { $0.text?.contains("生锈") ?? false }, "Chinese reviews")
        XCTAssertTrue(try store.reviews(shopID: nil).contains { $0.text?.contains("rusted") ?? false }, "English reviews")

        // One agent answers slowly: most of their first replies come after 12 hours.
        let tickets = try store.linkedTickets(shopID: us).filter { $0.firstReplyAt != nil }
        func lateShare(_ agent: String) -> Double {
            let mine = tickets.filter { $0.ticket.assignee == agent }
            return Double(mine.filter { $0.firstReplyAt! - $0.ticket.createdAt > 12 * 3600 }.count) / Double(max(1, mine.count))
        }
        XCTAssertGreaterThan(lateShare("902213"), 0.5)
        XCTAssertLessThan(lateShare("902211"), 0.15)
        XCTAssertEqual(Set(try store.linkedTickets(shopID: nil).map(\.ticket.source)), [.zendesk, .freshdesk])

        // Some late dispatches and some seller cancellations.
        let all = Array(orders.values)
        XCTAssertGreaterThan(all.filter { o in o.shippedAt.map { $0 > o.dispatchDeadline! } ?? false }.count, 20)
        XCTAssertGreaterThan(all.filter { $0.cancelInitiator == .seller }.count, 5)

        // Ads for several campaigns every day, with missing conversions kept missing.
        let ads = try store.adDays(shopID: us)
        XCTAssertEqual(Set(ads.map(\.campaignID)).count, 3)
        XCTAssertEqual(Set(ads.map(\.date)).count, 120)
    }

    func testLiveWriterAddsOrdersScansAndRepliesThroughTheStore() throws {
        let dir = TemporaryDirectory()
        let (store, _) = try generate(DemoOptions(seed: 3, now: now, days: 30, scale: 0.05), in: dir, name: "l.sqlite")
        let reader = try Store(path: dir.path("l.sqlite"), readOnly: true)
        let version = try reader.dataVersion()
        let before = try store.counts(shopID: nil)
        let writer = try DemoLiveWriter(store: store, seed: 1)
        for i in 0..<5 { try writer.tick(now: now + EpochSeconds(i * 2)) }
        let after = try store.counts(shopID: nil)
        XCTAssertGreaterThanOrEqual(after.orders - before.orders, 5)
        XCTAssertGreaterThan(after.trackingEvents, before.trackingEvents)
        XCTAssertNotEqual(try reader.dataVersion(), version, "a reader on the same file sees the change")
        XCTAssertEqual(try store.sourceActivity()[.orders], now + 8)
    }
}

/// The demo shops' ids, as the generator writes them.
enum DemoCatalogIDs {
    static let us = "7495100000000000001"
    static let uk = "7495100000000000002"
}
