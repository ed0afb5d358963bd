/// 1–2 star reviews of one SKU and batch in the negative review window.
public struct NegativeReviewGroup: Hashable, Sendable {
    /// TikTok SKU id (nil when neither the review nor its order says).
    public var skuID: String?
    /// The seller's own SKU code, from the reviewed order's line.
    public var sellerSKU: String?
    /// The product name, from the reviewed order's line.
    public var productName: String?
    /// The production or purchase batch of the reviewed order's line, where known.
    public var batch: String?
    /// How many 1–2 star reviews.
    public var count: Int

    /// A group.
    public init(skuID: String?, sellerSKU: String?, productName: String?, batch: String?, count: Int) {
        self.skuID = skuID
        self.sellerSKU = sellerSKU
        self.productName = productName
        self.batch = batch
        self.count = count
    }

    /// `KNF-BLK-05 batch B7` (seller SKU, else SKU id, else "unknown SKU").
    public var label: String {
        (sellerSKU ?? skuID ?? "unknown SKU") + (batch.map { " batch \($0)" } ?? "")
    }
}
