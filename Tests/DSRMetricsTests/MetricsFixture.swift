import DSRMetrics
import DSRModel
import DSRStore
import Foundation
import TestSupport

/// Seconds in an hour and a day, for hand-computed instants.
let hour: EpochSeconds = 3_600
let day: EpochSeconds = 86_400

/// A fresh database with one shop, written through the store's own upserts, and read back through
/// `DashboardSource` the way the board and the report read it.
final class MetricsFixture {
    /// The fixed instant of the tests: 2026-11-30T00:00:00Z.
    static let asOf: EpochSeconds = CalendarDay(iso: "2026-11-30")!.startUTC

    let directory = TemporaryDirectory(prefix: "dsrboard-metrics")
    let path: String
    let store: Store
    let shopID = "7495"

    init(shopName: String = "US-Home") throws {
        path = directory.path("metrics.sqlite")
        store = try Store(path: path)
        try store.upsert(Shop(id: shopID, name: shopName, region: "US"))
    }

    /// `asOf` minus a number of days (and hours).
    func ago(days d: Double, hours h: Double = 0) -> EpochSeconds {
        MetricsFixture.asOf - EpochSeconds((d * Double(day) + h * Double(hour)).rounded())
    }

    /// Stores an order of the shop; every fact is optional.
    @discardableResult
    func order(_ id: String, created: EpochSeconds? = nil, paid: EpochSeconds? = nil, rts: EpochSeconds? = nil,
               collected: EpochSeconds? = nil, delivered: EpochSeconds? = nil, cancelled: EpochSeconds? = nil,
               cancelBy: CancelInitiator? = nil, status: OrderStatus? = nil, dispatchBy: EpochSeconds? = nil,
               deliverBy: EpochSeconds? = nil, tracking: String? = nil, deliveryOption: String? = nil,
               provider: String? = nil, region: String? = nil, lines: [OrderLine] = [], shop: String? = nil) throws -> Order {
        let o = Order(id: id, shopID: shop ?? shopID, status: status, createdAt: created ?? paid, paidAt: paid,
                      rtsAt: rts, collectedAt: collected, deliveredAt: delivered, cancelledAt: cancelled,
                      cancelInitiator: cancelBy, dispatchDeadline: dispatchBy, deliveryDeadline: deliverBy,
                      buyerRegion: region, trackingNumber: tracking, shippingProvider: provider,
                      deliveryOption: deliveryOption, lines: lines)
        try store.upsert(o)
        return o
    }

    /// Stores a ticket (Zendesk by default) with its first reply as a Freshdesk-style time.
    func ticket(_ id: String, source: TicketSource = .zendesk, order: String? = nil, created: EpochSeconds,
                status: TicketStatus = .open, sourceStatus: String? = nil, firstReply: EpochSeconds? = nil,
                frDue: EpochSeconds? = nil, assignee: String? = nil, solved: EpochSeconds? = nil,
                subject: String? = nil) throws {
        try store.upsert(Ticket(source: source, id: id, shopID: shopID, orderRefs: order.map { [$0] } ?? [],
                                subject: subject, status: status, sourceStatus: sourceStatus ?? status.description,
                                assignee: assignee, createdAt: created, firstReplyAt: firstReply, solvedAt: solved,
                                firstResponseDueAt: frDue))
    }

    /// Stores a review.
    func review(_ id: String, order: String?, sku: String? = nil, rating: Int, created: EpochSeconds) throws {
        try store.upsert(Review(id: id, shopID: shopID, orderID: order, skuID: sku, rating: rating, createdAt: created))
    }

    /// Stores a parcel linked to an order through its order reference.
    func parcel(_ tracking: String, order: String, channel: String? = nil, carrier: String? = nil,
                status: ParcelStatus? = nil, statusAt: EpochSeconds? = nil, promised: EpochSeconds? = nil,
                destination: String? = nil) throws {
        try store.upsert(Parcel(trackingNumber: tracking, orderRef: order, shopID: shopID, carrier: carrier,
                                channel: channel, status: status, sourceStatus: status?.rawValue, statusAt: statusAt,
                                promisedDeliveryAt: promised, destinationRegion: destination))
    }

    /// Stores a tracking scan.
    func scan(_ tracking: String, at instant: EpochSeconds, status: ParcelStatus? = .inTransit,
              description: String = "In transit") throws {
        try store.insert(TrackingEvent(trackingNumber: tracking, occurredAt: instant, description: description,
                                       status: status, source: "test"))
    }

    /// Stores a return or refund.
    func returned(_ order: String, reason: String?, kind: String = "Return/Refund") throws {
        try store.upsert(ReturnRecord(orderID: order, kind: kind, reason: reason))
    }

    /// Stores a day's official score.
    func rating(_ date: CalendarDay, overall: Double?, product: Double? = nil, logistics: Double? = nil,
                service: Double? = nil) throws {
        try store.upsert(ShopRating(shopID: shopID, date: date, overall: overall, product: product,
                                    logistics: logistics, service: service))
    }

    /// Stores a campaign day of ads.
    func ad(_ date: CalendarDay, campaign: String = "c1", spend: Double? = nil, impressions: Int? = nil,
            clicks: Int?, conversions: Int?) throws {
        try store.upsert(AdDay(shopID: shopID, date: date, campaignID: campaign, spend: spend,
                               impressions: impressions, clicks: clicks, conversions: conversions))
    }

    /// A source on the stored data.
    func source(_ settings: MetricsSettings = MetricsSettings()) throws -> DashboardSource {
        try DashboardSource(path: path, settings: settings)
    }

    /// The shop's dashboard.
    func dashboard(_ settings: MetricsSettings = MetricsSettings(), asOf: EpochSeconds = MetricsFixture.asOf,
                   shop: String?? = .none) throws -> ShopDashboard {
        try source(settings).dashboard(shopID: shop ?? shopID, asOf: asOf)
    }

    /// One metric of the shop's dashboard.
    func metric(_ key: MetricKey, _ settings: MetricsSettings = MetricsSettings(),
                asOf: EpochSeconds = MetricsFixture.asOf) throws -> HealthMetric {
        try dashboard(settings, asOf: asOf).metric(key)
    }
}
