import DSRModel
import DSRStore

/// The board's and the report's only door to the data: opens the store read-only, loads each dashboard's rows
/// once, and computes in Swift. Not thread-safe: it owns one SQLite connection, so use one per thread (create
/// it on the thread that reads with it).
public final class DashboardSource {
    private let store: Store
    /// The settings every figure is computed with.
    public let settings: MetricsSettings
    /// The database file.
    public let path: String

    /// Opens the database at `path` read-only; a missing, foreign or too-new file is a readable error.
    public init(path: String, settings: MetricsSettings) throws {
        self.path = path
        self.settings = settings
        store = try DashboardSource.readable { try Store(path: path, readOnly: true) }
    }

    /// SQLite's data version: changes whenever another connection commits, so the board re-reads only then.
    public func dataVersion() throws -> Int64 { try DashboardSource.readable { try store.dataVersion() } }

    /// Every shop, ordered by name.
    public func shops() throws -> [Shop] { try DashboardSource.readable { try store.shops() } }

    /// Everything shown for one shop (nil = all shops) as of `asOf`. An unknown shop id is an error.
    public func dashboard(shopID: String?, asOf: EpochSeconds) throws -> ShopDashboard {
        let data = try DashboardSource.readable { try load(shopID: shopID, asOf: asOf) }
        return DashboardBuilder(data: data, settings: settings, shopID: shopID, asOf: asOf).build()
    }

    /// One order's whole story as of `asOf`; nil when there is no such order or it was placed after `asOf`.
    public func orderStory(orderID: String, asOf: EpochSeconds) throws -> OrderStory? {
        try DashboardSource.readable { try story(orderID: orderID, asOf: asOf) }
    }

    private func load(shopID: String?, asOf: EpochSeconds) throws -> MetricsData {
        let shops: [Shop]
        if let shopID {
            guard let shop = try store.shop(id: shopID) else {
                let known = try store.shops().map(\.id).joined(separator: ", ")
                throw DashboardSourceError("no shop with id '\(shopID)' in \(path)" + (known.isEmpty ? "" : "; shops: \(known)"))
            }
            shops = [shop]
        } else {
            shops = try store.shops()
        }
        let linked = try store.linkedParcels(shopID: shopID)
        let activity = try store.parcelActivity(asOf: asOf)
        let tickets = try store.linkedTickets(shopID: shopID)
        let reviews = try store.reviews(shopID: shopID)
        let orders = try store.orders(shopID: shopID, includeLines: true)
        var ratings: [ShopRating] = [], adDays: [AdDay] = [], ratingDays = 0
        for shop in shops {
            let r = try store.ratings(shopID: shop.id)
            ratingDays += r.count
            // Scores are per shop: an all-shops view has no single official score to show or correlate.
            if shopID != nil { ratings = r }
            adDays += try store.adDays(shopID: shop.id)
        }
        var counts = RowCounts()
        counts.orders = orders.count
        counts.parcels = linked.count
        counts.trackingEvents = linked.reduce(0) { $0 + $1.eventCount }
        counts.tickets = tickets.count
        counts.reviews = reviews.count
        counts.ratingDays = ratingDays
        counts.adDays = Set(adDays.map { "\($0.shopID)\u{1}\($0.date)" }).count
        return MetricsData(
            shops: shops, orders: orders, returns: try store.returns(shopID: shopID),
            parcels: linked.map { ParcelState(linked: $0, activity: activity[$0.parcel.trackingNumber], asOf: asOf) },
            tickets: tickets, reviews: reviews, ratings: ratings, adDays: adDays, counts: counts,
            sourceActivity: try store.sourceActivity())
    }

    private func story(orderID: String, asOf: EpochSeconds) throws -> OrderStory? {
        guard let order = try store.order(id: orderID) else { return nil }
        var parcels: [ParcelState] = [], stories: [ParcelStory] = []
        for linked in try store.linkedParcels(orderID: orderID).sorted(by: { $0.parcel.trackingNumber < $1.parcel.trackingNumber }) {
            let events = try store.events(trackingNumber: linked.parcel.trackingNumber).filter { $0.occurredAt <= asOf }
            let activity = ParcelActivity(trackingNumber: linked.parcel.trackingNumber, lastEvent: events.first,
                                          eventCount: events.count, lastStatusEvent: events.first { $0.status != nil })
            let state = ParcelState(linked: linked, activity: activity, asOf: asOf)
            parcels.append(state)
            stories.append(ParcelStory(parcel: linked.parcel, status: state.status, statusAt: state.statusAt, events: events))
        }
        guard let facts = OrderFacts(order: order, parcels: parcels, settings: settings, asOf: asOf) else { return nil }
        let tickets = try store.linkedTickets(orderID: orderID).compactMap { TicketFacts(linked: $0, settings: settings, asOf: asOf) }
        let reviews = try store.reviews(orderID: orderID).filter { $0.createdAt <= asOf }
        let returns = try store.returns(orderID: orderID)
        let rows = ProblemFinder.OrderRows(tickets: tickets, reviews: reviews, returns: returns)
        return OrderStory(
            order: order, shop: try store.shop(id: order.shopID), asOf: asOf, paidAt: facts.paidAt,
            shippedAt: facts.shippedAt, deliveredAt: facts.deliveredAt, isCancelled: facts.isCancelled,
            dispatchDeadline: facts.dispatchDeadline, deliveryDeadline: facts.deliveryDeadline, channel: facts.channel,
            carrier: facts.carrier, parcels: stories,
            tickets: tickets.map {
                OrderTicket(ticket: $0.ticket, firstReplyAt: $0.firstReplyAt, replyHours: $0.replyHours, isOpen: $0.isOpen,
                            isOverdue: $0.isOverdue, firstResponseDueAt: $0.firstResponseDueAt)
            },
            reviews: reviews,
            returns: returns.map { OrderReturn(record: $0, isBuyerFault: settings.isBuyerFault(returnReason: $0.reason)) },
            problems: ProblemFinder.details(facts, rows: rows, settings: settings, asOf: asOf))
    }

    /// Runs a read, turning any failure into a `DashboardSourceError` with the store's own sentence.
    private static func readable<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DashboardSourceError {
            throw error
        } catch {
            throw DashboardSourceError("\(error)")
        }
    }
}
