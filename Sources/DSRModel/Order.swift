/// One TikTok Shop order with its lines: the facts every metric starts from (metrics.md, Order facts).
public struct Order: Hashable, Sendable {
    /// TikTok order id: a long digit string kept as exact text.
    public var id: String
    /// The shop the order belongs to.
    public var shopID: String
    /// Normalised status; nil when the source's status text is unknown (kept in `sourceStatus`).
    public var status: OrderStatus?
    /// The status exactly as the source wrote it (API enum, or localised export text).
    public var sourceStatus: String?
    /// When the buyer placed the order.
    public var createdAt: EpochSeconds?
    /// When it was paid; nil for never-paid orders.
    public var paidAt: EpochSeconds?
    /// The source's own last-update time (`update_time`); the newer version of a record wins.
    public var updatedAt: EpochSeconds?
    /// Seller hand-over (`rts_time`, export `RTS Time`).
    public var rtsAt: EpochSeconds?
    /// Carrier pickup (`collection_time`, export `Shipped Time`).
    public var collectedAt: EpochSeconds?
    /// The order's own delivery time (`delivery_time`, export `Delivered Time`).
    public var deliveredAt: EpochSeconds?
    /// When it was cancelled (`cancel_time`, export `Cancelled Time`).
    public var cancelledAt: EpochSeconds?
    /// Who cancelled it.
    public var cancelInitiator: CancelInitiator?
    /// Why it was cancelled, as the source wrote it.
    public var cancelReason: String?
    /// Dispatch deadline given by the source (`rts_sla_time`); the metrics fall back to paid + SLA hours.
    public var dispatchDeadline: EpochSeconds?
    /// Delivery deadline given by the source (`delivery_sla_time`).
    public var deliveryDeadline: EpochSeconds?
    /// Order total (`payment.total_amount`, export `Order Amount`).
    public var total: Money?
    /// Buyer's country (`recipient_address.region_code`, export `Country`).
    public var buyerRegion: String?
    /// Buyer's postal code as given (often masked).
    public var buyerPostalCode: String?
    /// Order-level tracking number.
    public var trackingNumber: String?
    /// Carrier name (`shipping_provider`, export `Shipping Provider Name`).
    public var shippingProvider: String?
    /// Delivery option / logistics channel name (`delivery_option_name`, export `Delivery Option`).
    public var deliveryOption: String?
    /// `FULFILLMENT_BY_SELLER` or `FULFILLMENT_BY_TIKTOK`.
    public var fulfillmentType: String?
    /// Buyer's note to the seller.
    public var buyerMessage: String?
    /// The order's lines (one per SKU; the API's one-line-per-unit items are folded by SKU).
    public var lines: [OrderLine]

    /// An order; every fact but the id and shop is optional because sources differ.
    public init(id: String, shopID: String, status: OrderStatus? = nil, sourceStatus: String? = nil,
                createdAt: EpochSeconds? = nil, paidAt: EpochSeconds? = nil, updatedAt: EpochSeconds? = nil,
                rtsAt: EpochSeconds? = nil, collectedAt: EpochSeconds? = nil, deliveredAt: EpochSeconds? = nil,
                cancelledAt: EpochSeconds? = nil, cancelInitiator: CancelInitiator? = nil, cancelReason: String? = nil,
                dispatchDeadline: EpochSeconds? = nil, deliveryDeadline: EpochSeconds? = nil, total: Money? = nil,
                buyerRegion: String? = nil, buyerPostalCode: String? = nil, trackingNumber: String? = nil,
                shippingProvider: String? = nil, deliveryOption: String? = nil, fulfillmentType: String? = nil,
                buyerMessage: String? = nil, lines: [OrderLine] = []) {
        self.id = id
        self.shopID = shopID
        self.status = status
        self.sourceStatus = sourceStatus
        self.createdAt = createdAt
        self.paidAt = paidAt
        self.updatedAt = updatedAt
        self.rtsAt = rtsAt
        self.collectedAt = collectedAt
        self.deliveredAt = deliveredAt
        self.cancelledAt = cancelledAt
        self.cancelInitiator = cancelInitiator
        self.cancelReason = cancelReason
        self.dispatchDeadline = dispatchDeadline
        self.deliveryDeadline = deliveryDeadline
        self.total = total
        self.buyerRegion = buyerRegion
        self.buyerPostalCode = buyerPostalCode
        self.trackingNumber = trackingNumber
        self.shippingProvider = shippingProvider
        self.deliveryOption = deliveryOption
        self.fulfillmentType = fulfillmentType
        self.buyerMessage = buyerMessage
        self.lines = lines
    }

    /// Shipped = hand-over time, else carrier pickup, else not shipped (metrics.md).
    public var shippedAt: EpochSeconds? { rtsAt ?? collectedAt }

    /// Cancelled = a cancel time or a cancelled status (metrics.md).
    public var isCancelled: Bool { cancelledAt != nil || status == .cancelled }
}

/// One SKU line of an order.
public struct OrderLine: Hashable, Sendable {
    /// Stable key of the line within its order: the API line item id, else the SKU id.
    public var lineID: String
    /// TikTok SKU id.
    public var skuID: String?
    /// The seller's own SKU code.
    public var sellerSKU: String?
    /// Product name as listed.
    public var productName: String?
    /// Variant text (`sku_name`, export `Variation`).
    public var variant: String?
    /// Units on this line.
    public var quantity: Int
    /// Unit sale price.
    public var unitPrice: Money?
    /// Production or purchase batch, where the source knows it.
    public var batch: String?
    /// Tracking number of the package this line ships in, when it differs per line.
    public var trackingNumber: String?

    /// A line.
    public init(lineID: String, skuID: String? = nil, sellerSKU: String? = nil, productName: String? = nil,
                variant: String? = nil, quantity: Int = 1, unitPrice: Money? = nil, batch: String? = nil,
                trackingNumber: String? = nil) {
        self.lineID = lineID
        self.skuID = skuID
        self.sellerSKU = sellerSKU
        self.productName = productName
        self.variant = variant
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.batch = batch
        self.trackingNumber = trackingNumber
    }
}

/// A return or refund on an order (from the order exports: `Cancelation/Return Type`, `Order Refund Amount`…).
public struct ReturnRecord: Hashable, Sendable {
    /// The order returned or refunded.
    public var orderID: String
    /// The SKU concerned, or empty for the whole order.
    public var skuID: String
    /// `Return/Refund`, `Refund only`, … as the source wrote it.
    public var kind: String?
    /// The buyer's stated reason.
    public var reason: String?
    /// Units returned.
    public var quantity: Int?
    /// Amount refunded.
    public var refund: Money?
    /// When the return was requested, if a source ever says (none does today; see metrics.md).
    public var requestedAt: EpochSeconds?

    /// A return or refund.
    public init(orderID: String, skuID: String = "", kind: String? = nil, reason: String? = nil, quantity: Int? = nil,
                refund: Money? = nil, requestedAt: EpochSeconds? = nil) {
        self.orderID = orderID
        self.skuID = skuID
        self.kind = kind
        self.reason = reason
        self.quantity = quantity
        self.refund = refund
        self.requestedAt = requestedAt
    }
}
