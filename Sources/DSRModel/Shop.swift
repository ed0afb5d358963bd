/// A TikTok Shop store, as the authorised-shops response or an import names it.
public struct Shop: Hashable, Sendable {
    /// TikTok's shop id (text), or a local id derived from the name when the shop was created by name.
    public var id: String
    /// The shop's name as the seller knows it.
    public var name: String
    /// Market code, e.g. `US`, `GB`.
    public var region: String?
    /// IANA zone in which the shop's exports write local times.
    public var timeZone: String?
    /// Main currency of the shop's orders.
    public var currency: String?
    /// `seller_type` of the authorised-shops response (`CROSS_BORDER`, `LOCAL`).
    public var sellerType: String?
    /// `cipher` of the authorised-shops response, needed for API calls.
    public var cipher: String?
    /// `code` of the authorised-shops response.
    public var code: String?

    /// A shop.
    public init(id: String, name: String, region: String? = nil, timeZone: String? = nil, currency: String? = nil,
                sellerType: String? = nil, cipher: String? = nil, code: String? = nil) {
        self.id = id
        self.name = name
        self.region = region
        self.timeZone = timeZone
        self.currency = currency
        self.sellerType = sellerType
        self.cipher = cipher
        self.code = code
    }
}
