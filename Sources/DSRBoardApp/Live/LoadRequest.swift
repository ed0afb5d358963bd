import DSRMetrics
import DSRModel

/// What the screens want loaded: which shop, which instant, which order's story.
public struct LoadRequest: Hashable, Sendable {
    /// The shop to show; nil picks the first shop.
    public var shopID: String?
    /// A fixed instant (`--as-of`); nil means "now" at every load.
    public var fixedAsOf: EpochSeconds?
    /// The order whose story is on screen.
    public var storyOrderID: String?

    /// A request.
    public init(shopID: String? = nil, fixedAsOf: EpochSeconds? = nil, storyOrderID: String? = nil) {
        self.shopID = shopID
        self.fixedAsOf = fixedAsOf
        self.storyOrderID = storyOrderID
    }

    /// The id of the shop asked for (by id or name), else of the first shop; an unknown shop is an error.
    public func resolveShop(in shops: [Shop]) throws -> String? {
        guard let wanted = shopID else { return shops.first?.id }
        guard let shop = shops.first(where: { $0.id == wanted || $0.name == wanted }) else {
            throw BoardError.unknownShop(wanted, known: shops.map(\.id))
        }
        return shop.id
    }

    /// Loads everything the request names from `source`, synchronously (the reader thread and headless
    /// snapshots both come here, so they show the same figures).
    public func load(from source: DashboardSource, now: EpochSeconds, wallClock: Double,
                     reusing previous: (data: BoardData, request: LoadRequest)? = nil) throws -> BoardData {
        let version = try source.dataVersion()
        let shops = try source.shops()
        let asOf = fixedAsOf ?? now
        let shopID = try resolveShop(in: shops)
        // Opening an order changes only the story: keep the dashboard when the data and the shop are the same
        // and the clock has not moved on, so Enter shows the story at once.
        let dashboard: ShopDashboard?
        if let previous, previous.data.dataVersion == version, previous.request.shopID == self.shopID,
           previous.request.fixedAsOf == fixedAsOf, fixedAsOf != nil || now - previous.data.asOf < 30 {
            dashboard = previous.data.dashboard
        } else {
            dashboard = try shopID.map { try source.dashboard(shopID: $0, asOf: asOf) }
        }
        let story = try storyOrderID.flatMap { try source.orderStory(orderID: $0, asOf: asOf) }
        return BoardData(shops: shops, dashboard: dashboard, story: story, storyOrderID: storyOrderID,
                         asOf: dashboard?.asOf ?? asOf,
                         dataVersion: version, fetchedAt: wallClock)
    }
}
