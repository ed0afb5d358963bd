import DSRModel
import DSRStore
import Foundation

/// TikTok Shop API orders (formats.md §1.2–1.3): a single order object, the `data.orders[]` envelope (detail or
/// search), an array, JSON Lines, or the order-status webhook. Ids stay exact text; times are epoch seconds.
/// Line items (one per unit in 202309) are folded by SKU into lines with a quantity; the newer `update_time` wins.
struct TikTokOrdersImporter: JSONImporter {
    static let kind = ImportKind.tiktokOrders

    static func recognizes(_ value: Any) -> Bool {
        if let list = value as? [Any] { return list.first.map(isOrder) ?? false }
        if (Envelope.at(value, ["data", "orders"]) ?? Envelope.at(value, ["data", "order_list"])) is [Any] { return true }
        if Envelope.at(value, ["data", "order_id"]) != nil, Envelope.at(value, ["type"]) != nil
            || Envelope.at(value, ["shop_id"]) != nil { return true }
        return isOrder(value)
    }

    private static func isOrder(_ value: Any) -> Bool {
        guard let o = value as? [String: Any], o["id"] != nil || o["order_id"] != nil else { return false }
        return o["line_items"] != nil || o["create_time"] != nil || o["payment"] != nil
    }

    private let session: ImportSession

    init(session: ImportSession) { self.session = session }

    mutating func importDocument(_ value: Any, walker: RecordWalker) throws {
        try Envelope.checkCode(value, path: session.path)
        let envelopeShop = JSONRecord.text(Envelope.at(value, ["shop_id"]) ?? Envelope.at(value, ["data", "shop_id"]))
        if let list = value as? [Any] {
            try walker.each(list, at: []) { try store($0, envelopeShop: nil) }
        } else if let list = Envelope.at(value, ["data", "orders"]) as? [Any] {
            try walker.each(list, at: ["data", "orders"]) { try store($0, envelopeShop: envelopeShop) }
        } else if let list = Envelope.at(value, ["data", "order_list"]) as? [Any] {
            try walker.each(list, at: ["data", "order_list"]) { try store($0, envelopeShop: envelopeShop) }
        } else if let data = JSONRecord(Envelope.at(value, ["data"])), data.has("order_id") {
            try walker.one(value) { _ in try storeWebhook(data, shopID: envelopeShop) }
        } else {
            try walker.one(value) { try store($0, envelopeShop: nil) }
        }
    }

    private func shop(_ id: String?) throws -> Shop {
        try id.map { try session.shop(named: $0) } ?? session.defaultShop()
    }

    private func store(_ r: JSONRecord, envelopeShop: String?) throws {
        guard let id = try r.id("id") ?? r.id("order_id") else { throw RowProblem("the order has no id") }
        let shop = try self.shop(try r.id("shop_id") ?? envelopeShop)
        let zone = session.zone(for: shop)
        func time(_ key: String) throws -> EpochSeconds? { try r.time(key, zone: zone, session: session)?.instant }
        let payment = r.record("payment")
        let currency = payment?.string("currency") ?? shop.currency
        var total: Money?
        if let amount = payment?.string("total_amount") {
            guard let m = Money(decimal: amount, currency: currency) else {
                throw RowProblem("payment.total_amount '\(amount)' is not an amount in \(currency ?? "the currency")")
            }
            total = m
        }
        let statusText = r.string("status") ?? r.string("order_status")
        let tracking = r.string("tracking_number")
        var lines: [OrderLine] = []
        var index: [String: Int] = [:]
        var lineInitiator: CancelInitiator?
        for item in r.records("line_items") ?? r.records("item_list") ?? [] {
            let sku = try item.id("sku_id")
            guard let key = try sku ?? item.id("id") else { throw RowProblem("a line item has neither sku_id nor id") }
            let quantity = try item.int("quantity") ?? 1
            guard quantity >= 0 else { throw RowProblem("line item \(key) has a negative quantity \(quantity)") }
            if let i = index[key] {
                lines[i].quantity += Int(quantity)
                continue
            }
            var price: Money?
            if let p = item.string("sale_price") ?? item.string("sku_sale_price") {
                guard let m = Money(decimal: p, currency: item.string("currency") ?? currency) else {
                    throw RowProblem("line item \(key) sale_price '\(p)' is not an amount")
                }
                price = m
            }
            let itemTracking = item.string("tracking_number")
            lineInitiator = lineInitiator ?? OrderStatusText.initiator(item.string("cancel_user"))
            index[key] = lines.count
            lines.append(OrderLine(lineID: key, skuID: sku, sellerSKU: item.string("seller_sku"),
                                   productName: item.string("product_name"), variant: item.string("sku_name"),
                                   quantity: Int(quantity), unitPrice: price,
                                   trackingNumber: itemTracking == tracking ? nil : itemTracking))
        }
        let address = r.record("recipient_address")
        let order = Order(
            id: id, shopID: shop.id, status: OrderStatusText.status(statusText), sourceStatus: statusText,
            createdAt: try time("create_time"), paidAt: try time("paid_time"), updatedAt: try time("update_time"),
            rtsAt: try time("rts_time"), collectedAt: try time("collection_time"), deliveredAt: try time("delivery_time"),
            cancelledAt: try time("cancel_time"),
            cancelInitiator: OrderStatusText.initiator(r.string("cancellation_initiator")) ?? lineInitiator,
            cancelReason: r.string("cancel_reason"), dispatchDeadline: try time("rts_sla_time"),
            deliveryDeadline: try time("delivery_sla_time"), total: total, buyerRegion: address?.string("region_code"),
            buyerPostalCode: address?.string("postal_code"), trackingNumber: tracking,
            shippingProvider: r.string("shipping_provider"), deliveryOption: r.string("delivery_option_name"),
            fulfillmentType: r.string("fulfillment_type"), buyerMessage: r.string("buyer_message"), lines: lines)
        session.count(try session.store.upsert(order))
    }

    private func storeWebhook(_ data: JSONRecord, shopID: String?) throws {
        guard let id = try data.id("order_id") else { throw RowProblem("data.order_id is missing") }
        let shop = try self.shop(shopID)
        let statusText = data.string("order_status")
        let order = Order(id: id, shopID: shop.id, status: OrderStatusText.status(statusText), sourceStatus: statusText,
                          updatedAt: try data.time("update_time", zone: session.zone(for: shop), session: session)?.instant)
        session.count(try session.store.upsert(order))
    }
}
