import DSRMetrics
import DSRModel

/// One immutable load of everything the screens show, published by the reader with the time it was fetched.
public struct BoardData: Sendable {
    /// Every shop in the store, ordered by name.
    public var shops: [Shop]
    /// The dashboard of the shop shown (nil when the store has no shop or the load failed).
    public var dashboard: ShopDashboard?
    /// The story of the order on screen, when an Order detail is open.
    public var story: OrderStory?
    /// The order id the story was asked for (the story is nil when there is no such order).
    public var storyOrderID: String?
    /// The instant the figures are for.
    public var asOf: EpochSeconds
    /// SQLite's data version when it was read.
    public var dataVersion: Int64
    /// Wall-clock seconds when it was read.
    public var fetchedAt: Double
    /// What went wrong, if the load failed (the previous figures stay on screen).
    public var error: String?

    /// A load.
    public init(shops: [Shop], dashboard: ShopDashboard?, story: OrderStory?, storyOrderID: String?, asOf: EpochSeconds,
                dataVersion: Int64, fetchedAt: Double, error: String? = nil) {
        self.shops = shops
        self.dashboard = dashboard
        self.story = story
        self.storyOrderID = storyOrderID
        self.asOf = asOf
        self.dataVersion = dataVersion
        self.fetchedAt = fetchedAt
        self.error = error
    }
}
