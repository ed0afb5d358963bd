import DSRModel

/// Maps order statuses as the sources write them (API enums, Seller Center export text in English and Chinese)
/// onto `OrderStatus`, and `Cancel By` text onto `CancelInitiator`. Unknown text maps to nil and is kept as the
/// source status.
enum OrderStatusText {
    private static let table: [String: OrderStatus] = {
        var t: [String: OrderStatus] = [:]
        for s in OrderStatus.allCases { t[key(s.rawValue)] = s }
        let words: [(OrderStatus, [String])] = [
            (.unpaid, ["unpaid", "awaiting payment", "pending payment", "未付款", "待付款", "待支付", "等待付款"]),
            (.onHold, ["on hold", "onhold", "hold", "搁置", "暂停", "冻结", "挂起", "风控中"]),
            (.awaitingShipment, ["to ship", "awaiting shipment", "awaiting shipping", "ready to ship", "to be shipped",
                                 "待发货", "待出货", "等待发货", "待发运"]),
            (.partiallyShipping, ["partially shipped", "partially shipping", "部分发货", "部分已发货"]),
            (.awaitingCollection, ["awaiting collection", "awaiting pickup", "to be collected", "ready for pickup",
                                   "等待揽收", "待揽收", "待取件", "待收件"]),
            (.inTransit, ["shipped", "in transit", "shipping", "已发货", "运输中", "配送中", "已揽收"]),
            (.delivered, ["delivered", "已送达", "已签收", "已妥投", "已收货", "已交付"]),
            (.completed, ["completed", "complete", "已完成", "完成", "交易成功"]),
            (.cancelled, ["cancelled", "canceled", "cancellation", "已取消", "取消", "交易关闭"]),
        ]
        for (status, list) in words { for w in list { t[key(w)] = status } }
        return t
    }()

    /// The normalised status of the source's text, or nil when unknown.
    static func status(_ text: String?) -> OrderStatus? {
        guard let text, !text.isEmpty else { return nil }
        return table[key(text)]
    }

    /// Who cancelled, from `Cancel By` / `cancellation_initiator` / a line's `cancel_user`.
    static func initiator(_ text: String?) -> CancelInitiator? {
        guard let text else { return nil }
        switch key(text) {
        case "buyer", "customer", "user", "买家", "顾客", "用户": return .buyer
        case "seller", "merchant", "shop", "卖家", "商家": return .seller
        case "system", "platform", "operator", "tiktok", "系统", "平台", "运营": return .system
        default: return nil
        }
    }

    private static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "\t" })
    }
}
