import DSRImport
import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

final class LinkingImportTests: XCTestCase {
    static let order = """
        {"id":"577301234567890123","status":"IN_TRANSIT","create_time":1718000000,"update_time":1718100000,"tracking_number":"YT2512345678901","line_items":[{"id":"1","sku_id":"1729000000000000001"}]}
        """
    static let tickets = """
        {"tickets":[
        {"id":48213,"external_id":"577301234567890123","subject":"Mug arrived cracked","status":"pending","priority":"high","requester_id":3810455,"assignee_id":902211,"tags":["damaged"],"custom_fields":[{"id":3600012,"value":"refund"}],"via":{"channel":"email"},"created_at":"2025-06-14T08:02:11Z","updated_at":"2025-06-14T09:30:40Z"},
        {"id":48214,"subject":"Where is order #577301234567890123?","status":"open","requester_id":1,"via":{"channel":"web"},"created_at":"2025-06-14T08:02:11Z","updated_at":"2025-06-14T08:02:11Z"},
        {"id":48215,"subject":"Hello","status":"deleted","requester_id":1,"custom_fields":[{"id":1,"value":"999999999"}],"created_at":"2025-06-14T08:02:11Z","updated_at":"2025-06-14T08:02:11Z"},
        {"id":48213,"external_id":"577301234567890123","subject":"Mug arrived cracked","status":"pending","priority":"high","requester_id":3810455,"assignee_id":902211,"tags":["damaged"],"custom_fields":[{"id":3600012,"value":"refund"}],"via":{"channel":"email"},"created_at":"2025-06-14T08:02:11Z","updated_at":"2025-06-14T09:30:40Z"}
        ],"end_of_stream":true,"end_time":1718352000,"count":4}
        """
    static let metrics = """
        {"ticket_metrics":[{"id":1,"ticket_id":48213,"reply_time_in_minutes":{"calendar":90,"business":60},"replies":1,"updated_at":"2025-06-14T09:32:40Z"}]}
        """
    static let aftership = """
        {"ts":1718352000,"event":"tracking_update","event_id":"3f0c7b2e-8a55-4b61-9f0e-2d4c1a7e9b10","is_tracking_first_tag":true,
         "msg":{"tracking_number":"YT2512345678901","slug":"yunexpress","tag":"OutForDelivery","subtag":"OutForDelivery_001",
          "checkpoints":[{"checkpoint_time":"2025-06-14T07:41:00-05:00","message":"Out for delivery","city":"Dallas","tag":"OutForDelivery"}]}}
        """
    static let reviews = "review_id,order_id,sku_id,rating,review_text,created_at,logistics_related\n"
        + "R1,577301234567890123,1729000000000000001,1,\"Cracked, sad\",2025-06-20T08:00:00Z,true\n"
        + "R2,577301234567890999,1729000000000000001,7,Great,2025-06-20T08:00:00Z,false\n"
        + "R3,,1729000000000000001,5,Great,2025-06-21,no\n"

    func testRecordsLinkWhateverTheImportOrder() throws {
        let files: [(String, String)] = [("order.json", Self.order), ("tickets.json", Self.tickets),
                                         ("metrics.json", Self.metrics), ("parcel.json", Self.aftership),
                                         ("reviews.csv", Self.reviews)]
        let natural = try ImportHarness(name: "natural.sqlite")
        let reversed = try ImportHarness(name: "reversed.sqlite")
        let options = ImportHarness.options(shop: "Acme")
        let forward = try files.map { try natural.importText($0.0, $0.1, options) }
        let backward = try files.reversed().map { try reversed.importText($0.0, $0.1, options) }
        var a = try natural.store.contentChecksums(), b = try reversed.store.contentChecksums()
        a["shops"] = nil
        b["shops"] = nil
        XCTAssertEqual(a, b, "the same store whatever the order")

        XCTAssertEqual(forward[1].kind, .zendesk)
        assertCounts(forward[1], 4, 3, 0, 1, 0)
        XCTAssertEqual(forward[1].unlinked, 1, "the deleted ticket names no known order; kept and counted")
        XCTAssertEqual(backward[3].unlinked, 3, "before the order arrives, every ticket is unlinked")
        XCTAssertEqual(forward[3].kind, .aftership)
        XCTAssertEqual(forward[3].unlinked, 0)
        XCTAssertEqual(backward[1].unlinked, 1, "the parcel came before its order")
        XCTAssertEqual(forward[4].rejects.map(\.line), [3])
        XCTAssertEqual(forward[4].rejects.first?.reason, "rating 7 is outside 1–5")
        XCTAssertEqual(forward[4].unlinked, 1, "R3 has no order")

        let store = natural.store
        let tickets = try store.linkedTickets(shopID: nil)
        XCTAssertEqual(tickets.map(\.ticket.id), ["48213", "48214"], "deleted tickets are not tickets")
        XCTAssertEqual(tickets.map(\.orderID), ["577301234567890123", "577301234567890123"])
        XCTAssertEqual(tickets[0].ticket.status, .pending)
        XCTAssertEqual(tickets[0].ticket.sourceStatus, "pending")
        XCTAssertEqual(tickets[0].firstReplyAt, 1_749_888_131 + 90 * 60)
        XCTAssertEqual(tickets[0].ticket.assignee, "902211")
        let parcels = try store.linkedParcels(orderID: "577301234567890123")
        XCTAssertEqual(parcels.count, 1)
        XCTAssertEqual(parcels.first?.parcel.status, .outForDelivery)
        XCTAssertEqual(parcels.first?.parcel.sourceSubstatus, "OutForDelivery_001")
        XCTAssertEqual(parcels.first?.lastEvent?.occurredAt, 1_749_904_860)
        XCTAssertEqual(parcels.first?.lastEvent?.utcOffsetSeconds, -5 * 3600)
        XCTAssertEqual(try store.reviews(orderID: "577301234567890123").map(\.rating), [1])
    }

    func testFreshdeskStatusesAndCustomFieldLinks() throws {
        let h = try ImportHarness()
        try h.importText("order.json", Self.order, ImportHarness.options(shop: "Acme"))
        func ticket(_ id: Int, _ status: Int) -> String {
            """
            {"id":\(id),"subject":"Where is my order?","status":\(status),"priority":2,"source":7,"type":"Question",
             "requester_id":47000123456,"responder_id":47000999001,"tags":["wismo"],
             "custom_fields":{"cf_order_id":"577301234567890123","cf_tracking_number":"YT2512345678901"},
             "fr_due_by":"2025-06-14T12:00:00Z","due_by":"2025-06-16T09:00:00Z","created_at":"2025-06-14T09:00:00Z",
             "updated_at":"2025-06-14T10:15:00Z","stats":{"first_responded_at":"2025-06-14T09:30:00Z"}}
            """
        }
        let json = "[" + [(1, 2), (2, 3), (3, 4), (4, 5), (5, 7)].map { ticket($0.0, $0.1) }.joined(separator: ",\n") + "]"
        let report = try h.importText("fd.json", json)
        XCTAssertEqual(report.kind, .freshdesk)
        assertCounts(report, 5, 5, 0, 0, 0)
        let tickets = try h.store.linkedTickets(shopID: nil)
        XCTAssertEqual(tickets.map(\.ticket.status), [.open, .pending, .solved, .closed, .custom("7")])
        XCTAssertEqual(tickets.map(\.ticket.sourceStatus), ["2", "3", "4", "5", "7"])
        XCTAssertEqual(Set(tickets.compactMap(\.orderID)), ["577301234567890123"])
        XCTAssertEqual(tickets[0].ticket.priority, "medium")
        XCTAssertEqual(tickets[0].ticket.channel, "chat")
        XCTAssertEqual(tickets[0].firstReplyAt, UTCTime.parseInstant("2025-06-14T09:30:00Z"))
        XCTAssertEqual(tickets[0].ticket.firstResponseDueAt, UTCTime.parseInstant("2025-06-14T12:00:00Z"))
    }

    func testTrack17StatusesMapOntoTheParcelSetAndEventsAreStoredOnce() throws {
        let h = try ImportHarness()
        let info = """
            {"code":0,"data":{"accepted":[
             {"number":"YT1","carrier":190008,"tag":"577301234567890123","track_info":{"latest_status":{"status":"DeliveryFailure","sub_status":"DeliveryFailure_NoBody"},
              "latest_event":{"time_iso":"2025-06-09T03:12:00+08:00","time_utc":"2025-06-08T19:12:00Z","description":"Nobody home","location":"LA"}}},
             {"number":"YT2","carrier":190008,"track_info":{"latest_status":{"status":"NotFound","sub_status":"NotFound_Other"}}}],
             "rejected":[{"number":"BAD1","error":{"code":-18019909,"message":"no"}}]}}
            """
        let report = try h.importText("17.json", info)
        XCTAssertEqual(report.kind, .track17)
        assertCounts(report, 2, 2, 0, 0, 0)
        XCTAssertTrue(report.notes.contains { $0.contains("BAD1") })
        let parcels = try h.store.linkedParcels(shopID: nil)
        XCTAssertEqual(parcels.map(\.parcel.status), [.attemptFail, .pending])
        XCTAssertEqual(parcels.map(\.parcel.sourceStatus), ["DeliveryFailure", "NotFound"])
        XCTAssertEqual(parcels.first?.lastEvent?.occurredAt, 1_749_409_920)
        XCTAssertEqual(parcels.first?.parcel.orderRef, "577301234567890123")

        // The forwarder reports the same scan: stored once. Its unknown code keeps its event, listed.
        let events = """
            tracking_number,carrier_code,event_time,raw_status,description,location
            YT1,yunexpress,2025-06-09T03:12:00+08:00,DF,Nobody home,LA
            YT1,yunexpress,2025-06-10T08:00:00+08:00,ZZ9,Parcel resting,Hub 3
            YT1,yunexpress,2025-06-11 10:00:00,,Delivered to front door,Dallas
            YT1,yunexpress,not a time,,Delivered,Dallas
            """
        let forwarder = try h.importText("events.csv", events, ImportHarness.options(shop: nil, tz: "-05:00"))
        XCTAssertEqual(forwarder.kind, .trackingEvents)
        assertCounts(forwarder, 4, 2, 1, 0, 1)
        XCTAssertEqual(forwarder.rejects.first?.line, 5)
        XCTAssertEqual(forwarder.unknownCodes, ["DF": 1, "ZZ9": 1])
        XCTAssertEqual(forwarder.assumedZone, "-05:00 (--tz)")
        let yt1 = try h.store.events(trackingNumber: "YT1")
        XCTAssertEqual(yt1.count, 3)
        XCTAssertEqual(yt1.first?.occurredAt, UTCTime.parseInstant("2025-06-11T15:00:00Z"))
        XCTAssertEqual(yt1.first?.status, .delivered, "no raw status: the description is mapped")
        XCTAssertNil(yt1[1].status, "unknown code: kept without a status")
        XCTAssertEqual(try h.store.linkedParcels(shopID: nil).first?.parcel.status, .delivered)

        // The config file maps the unknown codes.
        let config = try ConfigFile.parse("[forwarder_status]\nZZ9 = \"Exception\"\n\"DF\" = \"AttemptFail\"\n", path: "c.toml")
        var options = ImportOptions()
        options.forwarderTable = try ForwarderStatusTable(config: config)
        XCTAssertEqual(options.forwarderTable.status(for: "zz9"), .exception)
        XCTAssertEqual(options.forwarderTable.status(for: "Departed facility"), .inTransit)
        XCTAssertThrowsError(try ForwarderStatusTable(config: ConfigFile.parse("[forwarder_status]\nX = \"Lost\"\n", path: "c")))
        let mapped = try h.importText("events2.csv", events.replacingOccurrences(of: "YT1,", with: "YT3,"), options)
        XCTAssertEqual(mapped.unknownCodes, [:])
    }

    func testOwnCSVFormatsAdsAndScores() throws {
        let h = try ImportHarness()
        let ads = """
            Campaign name;Campaign ID;Date;Cost;Impressions;Clicks (destination);CTR (destination);Conversions
            Summer mugs;1800000000000000001;2025-06-14;"$1.234,50";12.345;321;2,60%;<5
            Summer mugs;1800000000000000001;15/06/2025;--;--;--;--;--
            Total of 2 results;;;"$1.234,50";12.345;321;2,60%;7
            """
        let adReport = try h.importText("Campaign_20250614_20250615_GMT+7.csv", ads, ImportHarness.options())
        XCTAssertEqual(adReport.kind, .tiktokAds)
        assertCounts(adReport, 2, 2, 0, 0, 0)
        let shop = try XCTUnwrap(try h.store.shops().first)
        let days = try h.store.adDays(shopID: shop.id)
        XCTAssertEqual(days.map(\.spend), [1234.5, nil])
        XCTAssertEqual(days.map(\.impressions), [12345, nil])
        XCTAssertEqual(days.map(\.clicks), [321, nil])
        XCTAssertEqual(days.map(\.conversions), [nil, nil], "<5 is masked, -- is missing; never 0")
        XCTAssertEqual(days.first?.currency, "USD")

        let scores = "date\tstore_rating\tproduct_satisfaction\tfulfillment_logistics\tcustomer_service\tnegative_review_rate\n"
            + "2025-06-14\t4.62\t4.50\t4.80\t4.70\t1.1%\n2025-06-15\t5.20\t4.50\t4.80\t4.70\t\n2025-06-31\t4.6\t\t\t\t\n"
        let scoreReport = try h.importText("scores.tsv", scores, ImportHarness.options())
        XCTAssertEqual(scoreReport.kind, .shopRating)
        assertCounts(scoreReport, 3, 1, 0, 0, 2)
        XCTAssertEqual(scoreReport.rejects.map(\.line), [3, 4])
        XCTAssertEqual(scoreReport.rejects.first?.reason, "overall 5.20 is outside 0–5")
        let rating = try XCTUnwrap(try h.store.ratings(shopID: shop.id).first)
        XCTAssertEqual(rating.overall, 4.62)
        XCTAssertEqual(rating.logistics, 4.8)
        XCTAssertEqual(rating.rawRates["negative_review_rate"] ?? 0, 0.011, accuracy: 1e-12)

        let utf16 = h.importFile(ImportHarness.fixture("reviews-utf16.tsv"), ImportHarness.options())
        XCTAssertEqual(utf16.kind, .tiktokReviews)
        assertCounts(utf16, 1, 1, 0, 0, 0)
        XCTAssertTrue(utf16.notes.contains("converted from UTF-16LE"), "\(utf16.notes)")
        let review = try XCTUnwrap(try h.store.reviews(shopID: nil).first)
        XCTAssertEqual(review.text, "Cracked, \"badly\"")
        XCTAssertEqual(review.rating, 2)
        XCTAssertEqual(review.createdAt, UTCTime.parseInstant("2025-06-20T01:00:00Z"))
    }
}
