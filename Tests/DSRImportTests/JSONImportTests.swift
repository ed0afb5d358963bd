import DSRImport
import DSRModel
import DSRStore
import Foundation
import TestSupport
import XCTest

final class JSONImportTests: XCTestCase {
    static let orders = """
        {"code":0,"message":"Success","request_id":"x","data":{"orders":[
        {"id":"577301234567890123","status":"IN_TRANSIT","create_time":1718000000,"paid_time":1718000042,"update_time":1718100000,"collection_time":1718150000,"fulfillment_type":"FULFILLMENT_BY_SELLER","tracking_number":"YT2512345678901","shipping_provider":"USPS","payment":{"currency":"USD","sub_total":"25.98","total_amount":"27.66","tax":"1.68"},"recipient_address":{"region_code":"US","postal_code":"9****"},"line_items":[{"id":"5773012345678901231","sku_id":"1729000000000000001","seller_sku":"MUG-BLK","product_name":"Ceramic mug","sku_name":"Black","sale_price":"12.99"},{"id":"5773012345678901232","sku_id":"1729000000000000001","seller_sku":"MUG-BLK","product_name":"Ceramic mug","sku_name":"Black","sale_price":"12.99"}]},
        {"id":577301234567890124,"status":"UNPAID","create_time":1718000000},
        {"id":"577301234567890125","status":"DELIVERED","create_time":"2024-06-10T06:13:20Z","update_time":1718200000000,"delivery_time":"2024-06-12","payment":{"currency":"USD","total_amount":"-"}}
        ]}}
        """

    func testAPIOrdersKeepIdsExactFoldLineItemsAndNewerWins() throws {
        let h = try ImportHarness()
        let report = try h.importText("orders.json", Self.orders, ImportHarness.options(shop: "Acme US"))
        XCTAssertEqual(report.kind, .tiktokOrders)
        assertCounts(report, 3, 2, 0, 0, 1)
        XCTAssertEqual(report.rejects.first?.line, 3)
        XCTAssertEqual(report.rejects.first?.record, 2)
        XCTAssertTrue(report.rejects.first?.reason.contains("beyond 2^53") ?? false, report.rejects.first?.reason ?? "")
        let order = try XCTUnwrap(try h.store.order(id: "577301234567890123"))
        XCTAssertEqual(order.status, .inTransit)
        XCTAssertEqual(order.createdAt, 1_718_000_000)
        XCTAssertEqual(order.collectedAt, 1_718_150_000)
        XCTAssertEqual(order.total, Money(minorUnits: 2766, currency: "USD"))
        XCTAssertEqual(order.buyerRegion, "US")
        XCTAssertEqual(order.lines.map(\.quantity), [2], "one line item per unit, folded by SKU")
        XCTAssertEqual(order.lines.first?.lineID, "1729000000000000001")
        let delivered = try XCTUnwrap(try h.store.order(id: "577301234567890125"))
        XCTAssertEqual(delivered.updatedAt, 1_718_200_000, "epoch milliseconds")
        XCTAssertEqual(delivered.createdAt, 1_718_000_000)
        XCTAssertEqual(delivered.deliveredAt, 1_718_150_400, "date-only, UTC")
        XCTAssertNil(delivered.total, "'-' is missing")

        let older = Self.orders.replacingOccurrences(of: "\"status\":\"IN_TRANSIT\"", with: "\"status\":\"AWAITING_SHIPMENT\"")
            .replacingOccurrences(of: "\"update_time\":1718100000", with: "\"update_time\":1718000500")
        assertCounts(try h.importText("older.json", older, ImportHarness.options(shop: "Acme US")), 3, 0, 0, 2, 1)
        XCTAssertEqual(try h.store.order(id: "577301234567890123")?.status, .inTransit, "an older version loses")
        let newer = Self.orders.replacingOccurrences(of: "\"status\":\"IN_TRANSIT\"", with: "\"status\":\"DELIVERED\"")
            .replacingOccurrences(of: "\"update_time\":1718100000", with: "\"update_time\":1718300000")
        assertCounts(try h.importText("newer.json", newer, ImportHarness.options(shop: "Acme US")), 3, 0, 1, 1, 1)
        XCTAssertEqual(try h.store.order(id: "577301234567890123")?.status, .delivered)
    }

    func testJSONLinesRejectTheBrokenLineOnly() throws {
        let h = try ImportHarness()
        let lines = """
            {"id":"1001","status":"AWAITING_SHIPMENT","create_time":1718000000,"shop_id":"7495"}
            {"id":"1002","status":"CANCELLED","create_time":1718000000,"cancel_time":1718000100,"cancellation_initiator":"BUYER","shop_id":"7495"}
            {"id":"1003","status":
            {"id":"1004","status":"COMPLETED","create_time":"31/02/2024 10:00:00","shop_id":"7495"}
            """
        let report = try h.importText("orders.jsonl", lines)
        assertCounts(report, 4, 2, 0, 0, 2)
        XCTAssertEqual(report.rejects.map(\.line), [3, 4])
        XCTAssertTrue(report.notes.contains("created the shop '7495'"))
        XCTAssertEqual(try h.store.order(id: "1002")?.cancelInitiator, .buyer)
        XCTAssertEqual(try h.store.order(id: "1002")?.shopID, "7495")
    }

    func testAdsReportMetricsAsStrings() throws {
        let h = try ImportHarness()
        let report = """
            {"code":0,"message":"OK","data":{"page_info":{"total_number":3},"list":[
            {"dimensions":{"campaign_id":"1800000000000000001","stat_time_day":"2025-06-14 00:00:00"},"metrics":{"spend":"84.20","impressions":"15031","clicks":"215","conversion":"7","campaign_name":"Mugs"}},
            {"dimensions":{"campaign_id":"1800000000000000001","stat_time_day":"2025-06-15 00:00:00"},"metrics":{"spend":"-","impressions":"-","clicks":"-","conversion":"-"}},
            {"dimensions":{"campaign_id":"1800000000000000001","stat_time_day":"2025-06-31"},"metrics":{"spend":"1"}}
            ]}}
            """
        let r = try h.importText("ads.json", report, ImportHarness.options())
        assertCounts(r, 3, 2, 0, 0, 1)
        XCTAssertEqual(r.rejects.first?.line, 4)
        let shop = try XCTUnwrap(try h.store.shops().first)
        let days = try h.store.adDays(shopID: shop.id)
        XCTAssertEqual(days.first, AdDay(shopID: shop.id, date: CalendarDay(year: 2025, month: 6, day: 14)!,
                                         campaignID: "1800000000000000001", campaignName: "Mugs", spend: 84.2,
                                         impressions: 15031, clicks: 215, conversions: 7))
        XCTAssertEqual(days.last?.spend, nil, "'-' is missing, never 0")
        XCTAssertEqual(days.last?.clicks, nil)
    }
}
