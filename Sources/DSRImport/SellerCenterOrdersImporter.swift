import DSRModel
import DSRStore

/// The Seller Center order export (`OrderSKUList`, formats.md §1.4): one row per SKU per order, headers that
/// vary by market and language, a translated description row under the header, cells ending in a tab, local
/// times (`DD/MM/YYYY HH:MM:SS`) in the shop's zone, localised status text, amounts with currency symbols.
/// The order's facts are stored once per run of rows of the same order; each row is one order line (keyed by
/// SKU), so rows of one order may be spread through the file. Each row counts as one record.
struct SellerCenterOrdersImporter: CSVImporter {
    enum Column: Int, CaseIterable {
        case orderID, status, substatus, returnType, skuID, sellerSKU, productName, variation, quantity, returnQuantity
        case unitOriginalPrice, subtotalAfterDiscount, orderAmount, refundAmount, createdTime, paidTime, rtsTime
        case shippedTime, deliveredTime, cancelledTime, cancelBy, cancelReason, returnReason, fulfillmentType
        case trackingID, deliveryOption, shippingProvider, buyerMessage, country, zipcode, shop, currency, updateTime
        case batch
    }

    static let kind = ImportKind.tiktokOrders

    static let aliases: [Column: [String]] = [
        .orderID: ["Order ID", "OrderID", "Order No", "Order Number", "订单号", "订单ID", "订单编号"],
        .status: ["Order Status", "Status", "订单状态"],
        .substatus: ["Order Substatus", "Order Sub Status", "Order Sub-status", "订单子状态"],
        .returnType: ["Cancelation/Return Type", "Cancellation/Return Type", "Cancel/Return Type", "Return Type",
                      "取消/退货类型", "取消/退款类型", "售后类型"],
        .skuID: ["SKU ID", "SKU编号", "SKU ID号"],
        .sellerSKU: ["Seller SKU", "卖家SKU", "商家SKU", "商家编码"],
        .productName: ["Product Name", "商品名称", "产品名称"],
        .variation: ["Variation", "SKU Name", "Variant", "规格", "变体", "商品规格"],
        .quantity: ["Quantity", "Qty", "数量", "商品数量"],
        .returnQuantity: ["Sku Quantity of return", "Return Quantity", "退货数量"],
        .unitOriginalPrice: ["SKU Unit Original Price", "SKU Unit Price", "Unit Price", "单价", "商品单价", "SKU原价"],
        .subtotalAfterDiscount: ["SKU Subtotal After Discount", "SKU小计(折后)", "折后小计"],
        .orderAmount: ["Order Amount", "Order Total", "Total Amount", "订单金额", "订单总额", "订单总金额"],
        .refundAmount: ["Order Refund Amount", "Refund Amount", "退款金额", "订单退款金额"],
        .createdTime: ["Created Time", "Create Time", "Order Created Time", "Order Create Time", "Order Creation Time",
                       "创建时间", "下单时间", "订单创建时间"],
        .paidTime: ["Paid Time", "Payment Time", "Paid At", "付款时间", "支付时间"],
        .rtsTime: ["RTS Time", "Ready To Ship Time", "RTS时间", "备货完成时间"],
        .shippedTime: ["Shipped Time", "Ship Time", "Collection Time", "Shipping Time", "发货时间", "揽收时间"],
        .deliveredTime: ["Delivered Time", "Delivery Time", "送达时间", "签收时间", "妥投时间"],
        .cancelledTime: ["Cancelled Time", "Canceled Time", "Cancel Time", "Cancellation Time", "取消时间"],
        .cancelBy: ["Cancel By", "Cancelled By", "Canceled By", "Cancellation Initiator", "取消方", "取消发起方"],
        .cancelReason: ["Cancel Reason", "Cancellation Reason", "取消原因"],
        .returnReason: ["Return Reason", "Return/Refund Reason", "Refund Reason", "退货原因", "退款原因"],
        .fulfillmentType: ["Fulfillment Type", "Fulfilment Type", "履约方式", "发货方式"],
        .trackingID: ["Tracking ID", "Tracking Number", "Tracking No", "物流单号", "运单号", "快递单号", "追踪号"],
        .deliveryOption: ["Delivery Option", "Shipping Option", "配送方式", "物流方式"],
        .shippingProvider: ["Shipping Provider Name", "Shipping Provider", "Carrier", "物流商", "物流公司", "承运商"],
        .buyerMessage: ["Buyer Message", "Buyer Note", "买家留言", "买家备注"],
        .country: ["Country", "Country/Region", "Region", "国家", "国家/地区"],
        .zipcode: ["Zipcode", "Zip Code", "Postal Code", "Postcode", "邮编", "邮政编码"],
        .shop: ["Shop Name", "Shop", "Store Name", "Shop ID", "店铺名称", "店铺"],
        .currency: ["Currency", "币种", "货币"],
        .updateTime: ["Update Time", "Updated Time", "更新时间"],
        .batch: ["Batch", "Batch No", "Production Batch", "批次", "批号"],
    ]

    static let required: [Column] = [.orderID, .status]

    /// One accepted row, read and validated, ready to be written: the order's facts when the row starts a run
    /// of the order's rows, its line, and its return or refund, if any.
    struct ParsedRow: Sendable {
        /// The order, for the first row of each run of its rows (nil for the others).
        var order: Order?
        /// The order the line belongs to.
        var orderID: String
        /// The row's order line.
        var line: OrderLine
        /// The row's return or refund.
        var returnRecord: ReturnRecord?
    }

    /// Where rows find their shops: by default the session, inside the file's transaction; the pipelined import
    /// asks the thread that owns the store instead.
    struct ShopLookup {
        /// The shop a row names (id or name).
        var named: (String) throws -> Shop
        /// The shop for rows that name none.
        var fallback: () throws -> Shop
    }

    private let map: HeaderMap<Column>
    /// The session for reading: zones, day order, assumed zones. Writes go through `write(_:to:headerOutcome:)`.
    private let session: ImportSession
    /// How shops are found (answers are kept: a shop text always resolves to the same shop within a file).
    var shops: ShopLookup
    private var shopsByText: [String: Shop] = [:]
    private var fallbackShop: Shop?
    private var currentOrder: String?
    private var headerOutcome = UpsertOutcome.unchanged
    private var linesInOrder: [String: Int] = [:]
    private var refundPlaced = false
    /// The last status text read and what it means (exports repeat a handful of values).
    private var lastStatus: (text: String?, sub: String?, status: OrderStatus?) = (nil, nil, nil)

    init(map: HeaderMap<Column>, session: ImportSession) throws {
        self.map = map
        self.session = session
        shops = ShopLookup(named: { try session.shop(named: $0) }, fallback: { try session.defaultShop() })
    }

    func isSkippable(_ row: CSVReader, isFirst: Bool) -> Bool {
        // The translated description row: its Order ID cell describes the column instead of holding an id.
        (isFirst && row.hasNoDigits(map[.orderID])) || row.isTotalRow
    }

    mutating func importRow(_ r: CSVReader) throws {
        let row = try parse(r)
        session.count(try Self.write(row, to: session.store, headerOutcome: &headerOutcome))
    }

    /// Writes one parsed row (on the thread that owns the store) and returns its outcome; `headerOutcome` is the
    /// outcome of the order of the current run of rows, kept between calls.
    static func write(_ row: ParsedRow, to store: Store, headerOutcome: inout UpsertOutcome) throws -> UpsertOutcome {
        if let order = row.order { headerOutcome = try store.upsert(order) }
        var outcome = combine(headerOutcome, try store.upsertLine(row.line, orderID: row.orderID))
        if let record = row.returnRecord { outcome = combine(outcome, try store.upsert(record)) }
        return outcome
    }

    private mutating func shop(named text: String) throws -> Shop {
        if let s = shopsByText[text] { return s }
        let s = try shops.named(text)
        shopsByText[text] = s
        return s
    }

    private mutating func defaultShop() throws -> Shop {
        if let s = fallbackShop { return s }
        let s = try shops.fallback()
        fallbackShop = s
        return s
    }

    /// Reads and validates one row without writing anything: throws `RowProblem` to reject it.
    mutating func parse(_ r: CSVReader) throws -> ParsedRow {
        guard let orderID = r.text(map[.orderID]) else { throw RowProblem("Order ID is empty") }
        guard orderID.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else {
            throw RowProblem("Order ID '\(orderID)' is not an order id")
        }
        let shop = try r.text(map[.shop]).map { try self.shop(named: $0) } ?? defaultShop()
        let zone = session.zone(for: shop)
        if session.dayOrder == nil, shop.region?.uppercased() == "US" { session.dayOrder = .monthFirst }
        let currency = r.text(map[.currency]) ?? shop.currency
        func time(_ c: Column, _ name: String) throws -> EpochSeconds? {
            try session.time(r.bytes(map[c]), column: name, zone: zone)?.instant
        }
        let statusText = r.text(map[.status])
        let substatus = r.text(map[.substatus])
        if statusText != lastStatus.text || substatus != lastStatus.sub {
            lastStatus = (statusText, substatus, OrderStatusText.status(statusText) ?? OrderStatusText.status(substatus))
        }
        // Every row's times and amount are read (a bad one rejects the row), but the order's text facts are only
        // turned into strings for the first row of each run of the order's rows: the others are not stored.
        let createdAt = try time(.createdTime, "Created Time"), paidAt = try time(.paidTime, "Paid Time")
        let updatedAt = try time(.updateTime, "Update Time"), rtsAt = try time(.rtsTime, "RTS Time")
        let collectedAt = try time(.shippedTime, "Shipped Time")
        let deliveredAt = try time(.deliveredTime, "Delivered Time")
        let cancelledAt = try time(.cancelledTime, "Cancelled Time")
        let total = try r.money(map[.orderAmount], column: "Order Amount", currency: currency)
        let isNewOrder = orderID != currentOrder
        let trackingNumber = r.text(map[.trackingID])

        var quantity = 1
        if map.has(.quantity) {
            guard let q = try r.integer(map[.quantity], column: "Quantity") else { throw RowProblem("Quantity is empty") }
            guard q >= 0 else { throw RowProblem("Quantity \(q) is negative") }
            quantity = Int(q)
        }
        let returnQuantity = try r.integer(map[.returnQuantity], column: "Sku Quantity of return")
        if let rq = returnQuantity, rq < 0 { throw RowProblem("Sku Quantity of return \(rq) is negative") }
        var unitPrice = try r.money(map[.unitOriginalPrice], column: "SKU Unit Original Price", currency: currency)
        if let subtotal = try r.money(map[.subtotalAfterDiscount], column: "SKU Subtotal After Discount", currency: currency),
           quantity > 0, subtotal.minorUnits % Int64(quantity) == 0 {
            unitPrice = Money(minorUnits: subtotal.minorUnits / Int64(quantity), currency: subtotal.currency)
        }
        let refund = try r.money(map[.refundAmount], column: "Order Refund Amount", currency: currency)
        let skuID = r.text(map[.skuID])
        let variant = r.text(map[.variation])
        let productName = r.text(map[.productName])
        let lineTracking = trackingNumber

        // Everything is read: now build what is written.
        var order: Order?
        if isNewOrder {
            order = Order(
                id: orderID, shopID: shop.id,
                status: lastStatus.status,
                sourceStatus: statusText ?? substatus,
                createdAt: createdAt, paidAt: paidAt, updatedAt: updatedAt, rtsAt: rtsAt,
                collectedAt: collectedAt, deliveredAt: deliveredAt, cancelledAt: cancelledAt,
                cancelInitiator: OrderStatusText.initiator(r.text(map[.cancelBy])), cancelReason: r.text(map[.cancelReason]),
                total: total,
                buyerRegion: r.text(map[.country]), buyerPostalCode: r.text(map[.zipcode]),
                trackingNumber: trackingNumber, shippingProvider: r.text(map[.shippingProvider]),
                deliveryOption: r.text(map[.deliveryOption]), fulfillmentType: r.text(map[.fulfillmentType]),
                buyerMessage: r.text(map[.buyerMessage]))
            currentOrder = orderID
            linesInOrder.removeAll(keepingCapacity: true)
            refundPlaced = false
        }
        var lineKey = skuID ?? r.text(map[.sellerSKU]) ?? [productName, variant].compactMap { $0 }.joined(separator: " / ")
        if lineKey.isEmpty { lineKey = "line" }
        let seen = linesInOrder[lineKey, default: 0]
        linesInOrder[lineKey] = seen + 1
        if seen > 0 { lineKey += "#\(seen + 1)" }
        let line = OrderLine(lineID: lineKey, skuID: skuID, sellerSKU: r.text(map[.sellerSKU]), productName: productName,
                             variant: variant, quantity: quantity, unitPrice: unitPrice, batch: r.text(map[.batch]),
                             trackingNumber: lineTracking)
        let returnType = r.text(map[.returnType])
        let isReturn = returnType.map(Self.isReturnOrRefund) ?? false
        let refundHere = (refund?.minorUnits ?? 0) > 0 && !refundPlaced
        var record: ReturnRecord?
        if isReturn || refundHere {
            record = ReturnRecord(orderID: orderID, skuID: skuID ?? lineKey, kind: returnType ?? "Refund",
                                      reason: r.text(map[.returnReason]) ?? r.text(map[.cancelReason]),
                                      quantity: returnQuantity.map { Int($0) }, refund: refundHere ? refund : nil)
            if refundHere { refundPlaced = true }
        }
        return ParsedRow(order: order, orderID: orderID, line: line, returnRecord: record)
    }

    /// The outcome of two writes of one row (`combine(_:)` without an array).
    static func combine(_ a: UpsertOutcome, _ b: UpsertOutcome) -> UpsertOutcome {
        if a == .inserted || b == .inserted { return .inserted }
        if a == .updated || b == .updated { return .updated }
        return .unchanged
    }

    /// A row's outcome from the writes it caused: inserted if anything was new, else updated if anything changed.
    static func combine(_ outcomes: [UpsertOutcome]) -> UpsertOutcome {
        if outcomes.contains(.inserted) { return .inserted }
        if outcomes.contains(.updated) { return .updated }
        return .unchanged
    }

    /// `Return/Refund`, `Refund only`, `退货退款` are returns; `Cancel` alone is not.
    static func isReturnOrRefund(_ text: String) -> Bool {
        let l = text.lowercased()
        return l.contains("return") || l.contains("refund") || text.contains("退")
    }
}
