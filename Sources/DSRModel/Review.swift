/// A buyer's product review.
public struct Review: Hashable, Sendable {
    /// The review id.
    public var id: String
    /// The shop.
    public var shopID: String
    /// The reviewed order, when known.
    public var orderID: String?
    /// The reviewed SKU.
    public var skuID: String?
    /// Stars, 1–5.
    public var rating: Int
    /// The buyer's text (untrusted; may be Chinese, English, anything).
    public var text: String?
    /// When the review was written.
    public var createdAt: EpochSeconds
    /// The seller's reply.
    public var sellerReply: String?
    /// Whether the review is about logistics (late, lost, damaged in transit), when the source says.
    public var isLogisticsRelated: Bool?

    /// A review.
    public init(id: String, shopID: String, orderID: String? = nil, skuID: String? = nil, rating: Int, text: String? = nil,
                createdAt: EpochSeconds, sellerReply: String? = nil, isLogisticsRelated: Bool? = nil) {
        self.id = id
        self.shopID = shopID
        self.orderID = orderID
        self.skuID = skuID
        self.rating = rating
        self.text = text
        self.createdAt = createdAt
        self.sellerReply = sellerReply
        self.isLogisticsRelated = isLogisticsRelated
    }
}

/// The official daily shop score as the Seller Center shows it (imported, never computed).
public struct ShopRating: Hashable, Sendable {
    /// The shop.
    public var shopID: String
    /// The day the score is for.
    public var date: CalendarDay
    /// Overall score, 0–5.
    public var overall: Double?
    /// Product satisfaction sub-score, 0–5.
    public var product: Double?
    /// Fulfilment & logistics sub-score, 0–5.
    public var logistics: Double?
    /// Customer service sub-score, 0–5.
    public var service: Double?
    /// Optional raw rates the Seller Center shows beside the score, by metrics.md key, as fractions.
    public var rawRates: [String: Double]

    /// A day's score.
    public init(shopID: String, date: CalendarDay, overall: Double?, product: Double?, logistics: Double?,
                service: Double?, rawRates: [String: Double] = [:]) {
        self.shopID = shopID
        self.date = date
        self.overall = overall
        self.product = product
        self.logistics = logistics
        self.service = service
        self.rawRates = rawRates
    }
}

/// One campaign's ad figures for one day (TikTok Ads report row). Missing values are nil, never 0.
public struct AdDay: Hashable, Sendable {
    /// The shop the ads sell for.
    public var shopID: String
    /// The report day (ad-account zone).
    public var date: CalendarDay
    /// Campaign id, or the campaign name when the export has no id.
    public var campaignID: String
    /// Campaign name.
    public var campaignName: String?
    /// Spend in the account currency's major units.
    public var spend: Double?
    /// Impressions.
    public var impressions: Int?
    /// Clicks (destination clicks in Ads Manager).
    public var clicks: Int?
    /// Conversions (the optimisation event).
    public var conversions: Int?
    /// Account currency, when known.
    public var currency: String?

    /// A campaign day.
    public init(shopID: String, date: CalendarDay, campaignID: String, campaignName: String? = nil, spend: Double? = nil,
                impressions: Int? = nil, clicks: Int? = nil, conversions: Int? = nil, currency: String? = nil) {
        self.shopID = shopID
        self.date = date
        self.campaignID = campaignID
        self.campaignName = campaignName
        self.spend = spend
        self.impressions = impressions
        self.clicks = clicks
        self.conversions = conversions
        self.currency = currency
    }
}
