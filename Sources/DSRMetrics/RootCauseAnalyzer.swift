import DSRModel

/// Groups the trouble by where it comes from, each in its own metric's window.
enum RootCauseAnalyzer {
    static func rootCauses(orders: [OrderFacts], ordersByID: [String: Order], reviews: [Review],
                           tickets: [TicketFacts], lateParcels: [LateParcel], settings: MetricsSettings,
                           asOf: EpochSeconds) -> RootCauses {
        let lateByChannel = NamedCount.tally(lateParcels.map { $0.channel ?? $0.carrier })
        return RootCauses(
            negativeReviewsBySKU: negativeReviewGroups(reviews: reviews, ordersByID: ordersByID, asOf: asOf),
            lateParcelsByChannel: lateByChannel,
            lateParcelsByCarrier: NamedCount.tally(lateParcels.map(\.carrier)),
            lateParcelsByDestination: NamedCount.tally(lateParcels.map(\.destination)),
            lateRepliesByAgent: NamedCount.tally(tickets.filter {
                guard let hours = $0.replyHours else { return false }
                return HealthCalculator.isInWindow($0.ticket.createdAt, days: MetricKey.response12hRate.windowDays,
                                                   asOf: asOf) && hours * 3600 > Double(settings.replyLimitSeconds)
            }.map(\.ticket.assignee)),
            transitByChannel: transit(orders: orders, lateByChannel: lateByChannel, asOf: asOf))
    }

    /// 1–2 star reviews of the last 60 days by SKU and batch. The batch comes from the reviewed order's line of
    /// that SKU; a review without a SKU takes its order's SKU when the order has exactly one line.
    static func negativeReviewGroups(reviews: [Review], ordersByID: [String: Order], asOf: EpochSeconds) -> [NegativeReviewGroup] {
        struct Key: Hashable { var sku: String?; var batch: String? }
        var groups: [Key: NegativeReviewGroup] = [:]
        for review in reviews where review.rating <= 2
            && HealthCalculator.isInWindow(review.createdAt, days: MetricKey.negativeReviewRate.windowDays, asOf: asOf) {
            let lines = review.orderID.flatMap { ordersByID[$0] }?.lines ?? []
            let line: OrderLine?
            if let sku = review.skuID {
                line = lines.first { $0.skuID == sku } ?? lines.first { $0.sellerSKU == sku }
            } else {
                line = lines.count == 1 ? lines[0] : nil
            }
            let key = Key(sku: line?.skuID ?? review.skuID, batch: line?.batch)
            var g = groups[key] ?? NegativeReviewGroup(skuID: key.sku, sellerSKU: nil, productName: nil, batch: key.batch, count: 0)
            g.count += 1
            g.sellerSKU = g.sellerSKU ?? line?.sellerSKU
            g.productName = g.productName ?? line?.productName
            groups[key] = g
        }
        return groups.values.sorted { a, b in
            a.count != b.count ? a.count > b.count : (a.label, a.skuID ?? "") < (b.label, b.skuID ?? "")
        }
    }

    /// Mean transit (delivery − ship, in days) of orders delivered in the on-time-delivery window, per channel
    /// (else carrier), beside the channel's current late parcels.
    static func transit(orders: [OrderFacts], lateByChannel: [NamedCount], asOf: EpochSeconds) -> [ChannelTransit] {
        var sums: [String?: (days: Double, n: Int)] = [:]
        for f in orders {
            guard let shipped = f.shippedAt, let delivered = f.deliveredAt,
                  HealthCalculator.isInWindow(delivered, days: MetricKey.onTimeDeliveryRate.windowDays, asOf: asOf)
            else { continue }
            sums[f.channel ?? f.carrier, default: (0, 0)].days += Double(delivered - shipped) / Double(UTCTime.day)
            sums[f.channel ?? f.carrier, default: (0, 0)].n += 1
        }
        var late: [String?: Int] = [:]
        for c in lateByChannel { late[c.name] = c.count }
        let names = Set(sums.keys).union(late.keys)
        return names.map { name in
            let s = sums[name]
            return ChannelTransit(channel: name, lateParcels: late[name] ?? 0,
                                  meanTransitDays: s.map { $0.days / Double($0.n) }, deliveredOrders: s?.n ?? 0)
        }.sorted { a, b in
            if a.lateParcels != b.lateParcels { return a.lateParcels > b.lateParcels }
            if a.deliveredOrders != b.deliveredOrders { return a.deliveredOrders > b.deliveredOrders }
            return NamedCount.ranksBefore(NamedCount(name: a.channel, count: 0), NamedCount(name: b.channel, count: 0))
        }
    }
}
