import DSRModel
import DSRStore

/// Computes a dashboard from rows loaded once: pure, so the same rows and instant give the same figures.
struct DashboardBuilder {
    let data: MetricsData
    let settings: MetricsSettings
    let shopID: String?
    let asOf: EpochSeconds

    /// Each order's parcels, sorted by tracking number.
    private let parcelsByOrder: [String: [ParcelState]]
    private let returnsByOrder: [String: [ReturnRecord]]
    private let ordersByID: [String: OrderBox]
    /// `data.orders`, boxed once, with each one's parcels at the same index.
    private let orderBoxes: [OrderBox]
    private let orderParcels: [[ParcelState]]

    init(data: MetricsData, settings: MetricsSettings, shopID: String?, asOf: EpochSeconds) {
        self.data = data
        self.settings = settings
        self.shopID = shopID
        self.asOf = asOf
        var parcels: [String: [ParcelState]] = [:]
        for p in data.parcels { if let id = p.linked.orderID { parcels[id, default: []].append(p) } }
        parcelsByOrder = parcels.mapValues { $0.sorted { $0.parcel.trackingNumber < $1.parcel.trackingNumber } }
        returnsByOrder = Dictionary(grouping: data.returns, by: \.orderID)
        let boxes = data.orders.map(OrderBox.init)
        var byID: [String: OrderBox] = [:]
        byID.reserveCapacity(boxes.count)
        for b in boxes { byID[b.order.id] = b }
        ordersByID = byID
        orderBoxes = boxes
        orderParcels = data.orders.map { [parcelsByOrder] in parcelsByOrder[$0.id] ?? [] }
    }

    func orderFacts(at instant: EpochSeconds) -> [OrderFacts] {
        var out: [OrderFacts] = []
        out.reserveCapacity(orderBoxes.count)
        for i in orderBoxes.indices {
            if let f = OrderFacts(box: orderBoxes[i], parcels: orderParcels[i], settings: settings, asOf: instant) {
                out.append(f)
            }
        }
        return out
    }

    func ticketFacts(at instant: EpochSeconds) -> [TicketFacts] {
        data.tickets.compactMap { TicketFacts(linked: $0, settings: settings, asOf: instant) }
    }

    func healthMetrics(at instant: EpochSeconds) -> [HealthMetric] {
        HealthCalculator.metrics(orders: orderFacts(at: instant), reviews: data.reviews, tickets: ticketFacts(at: instant),
                                 returnsByOrder: returnsByOrder, settings: settings, asOf: instant)
    }

    func build() -> ShopDashboard {
        // The daily watch compares the metrics at the same instant on each of the last `watchDays` days: each
        // day's figures are independent of the others' and of everything below, so they are computed side by
        // side, in the background while the rest is computed here.
        let earlier = (0..<max(settings.watchDays, 0)).map { asOf - EpochSeconds($0 + 1) * UTCTime.day }
        let earlierMetrics = Concurrent.start { [self] in Concurrent.map(earlier, healthMetrics(at:)) }
        let orders = orderFacts(at: asOf)
        let tickets = ticketFacts(at: asOf)
        var rows: [String: ProblemFinder.OrderRows] = [:]
        for t in tickets { if let id = t.linked.orderID { rows[id, default: .init()].tickets.append(t) } }
        for r in data.reviews where r.createdAt <= asOf { if let id = r.orderID { rows[id, default: .init()].reviews.append(r) } }
        for (id, list) in returnsByOrder { rows[id, default: .init()].returns = list }
        let problems = ProblemFinder.problemOrders(orders: orders, rows: rows, settings: settings, asOf: asOf)
        let late = lateParcels(problems: problems, orders: orders)
        let open = openTickets(tickets)
        let causes = RootCauseAnalyzer.rootCauses(orders: orders, ordersByID: ordersByID, reviews: data.reviews,
                                                  tickets: tickets, lateParcels: late, settings: settings, asOf: asOf)
        let metrics = HealthCalculator.metrics(orders: orders, reviews: data.reviews, tickets: tickets,
                                               returnsByOrder: returnsByOrder, settings: settings, asOf: asOf)
        var metricsByInstant = [asOf: metrics]
        for (instant, list) in zip(earlier, earlierMetrics.wait()) { metricsByInstant[instant] = list }
        let alerts = DailyWatch.alerts(ratings: data.ratings,
                                       metricsAt: { metricsByInstant[$0] ?? healthMetrics(at: $0) },
                                       causes: causes, settings: settings, asOf: asOf)
        let series = AdAnalyzer.series(data.adDays, asOf: asOf)
        let end = ScoreAnalyzer.lastKnownDay(asOf: asOf)
        var dashboard = ShopDashboard(
            shops: data.shops, shopID: shopID, asOf: asOf, settings: settings,
            score: ScoreAnalyzer.summary(ratings: data.ratings, settings: settings, asOf: asOf),
            metrics: metrics, problemOrders: problems, lateParcels: late, openTickets: open,
            ticketCounts: ticketCounts(open), rootCauses: causes, alerts: alerts, adSeries: series,
            adLast7Days: AdAnalyzer.period(data.adDays, first: end.adding(days: -6), last: end),
            adPrevious7Days: AdAnalyzer.period(data.adDays, first: end.adding(days: -13), last: end.adding(days: -7)),
            correlations: AdAnalyzer.correlations(ratings: data.ratings, series: series, settings: settings, asOf: asOf),
            counts: data.counts, sourceActivity: data.sourceActivity)
        let listed = Set(problems.map(\.orderID) + late.map(\.orderID) + open.compactMap(\.orderID))
        for id in listed {
            guard let order = ordersByID[id]?.order else { continue }
            dashboard.orderProducts[id] = order.lines
                .flatMap { [$0.skuID, $0.sellerSKU, $0.productName, $0.variant, $0.batch].compactMap { $0 } }
                .joined(separator: " ")
        }
        return dashboard
    }

    /// Every parcel of the orders with late delivery, stale tracking or a delivery exception.
    private func lateParcels(problems: [ProblemOrder], orders: [OrderFacts]) -> [LateParcel] {
        var factsByID: [String: OrderFacts] = [:]
        factsByID.reserveCapacity(orders.count)
        for f in orders { factsByID[f.order.id] = f }
        var out: [LateParcel] = []
        for p in problems {
            let reasons = p.reasons.filter(\.makesParcelsLate)
            guard !reasons.isEmpty, let f = factsByID[p.orderID] else { continue }
            let deadline = f.deliveryDeadline?.at
            let daysLate = deadline.flatMap { $0 < asOf ? Double(asOf - $0) / Double(UTCTime.day) : nil }
            for parcel in f.parcels {
                let last = parcel.lastEvent
                out.append(LateParcel(
                    trackingNumber: parcel.parcel.trackingNumber, orderID: f.order.id, shopID: f.order.shopID,
                    carrier: parcel.parcel.carrier ?? f.order.shippingProvider, channel: parcel.parcel.channel ?? f.channel,
                    reasons: reasons, deliveryDeadline: deadline, daysLate: daysLate, lastEvent: last,
                    lastEventAgeDays: last.map { Double(asOf - $0.occurredAt) / Double(UTCTime.day) },
                    status: parcel.status, sourceStatus: parcel.parcel.sourceStatus,
                    sourceSubstatus: parcel.parcel.sourceSubstatus,
                    destination: parcel.parcel.destinationRegion ?? f.order.buyerRegion, shippedAt: f.shippedAt))
            }
        }
        return out.sorted(by: LateParcel.ranksBefore)
    }

    private func openTickets(_ tickets: [TicketFacts]) -> [OpenTicket] {
        tickets.filter(\.isOpen).map { t in
            OpenTicket(source: t.ticket.source, id: t.ticket.id, orderID: t.linked.orderID, shopID: t.linked.shopID,
                       subject: t.ticket.subject, status: t.ticket.status, sourceStatus: t.ticket.sourceStatus,
                       priority: t.ticket.priority, assignee: t.ticket.assignee, createdAt: t.ticket.createdAt,
                       ageHours: Double(asOf - t.ticket.createdAt) / 3600, firstResponseDueAt: t.firstResponseDueAt,
                       isOverdue: t.isOverdue, hasReply: t.firstReplyAt != nil, firstReplyAt: t.firstReplyAt)
        }.sorted(by: OpenTicket.ranksBefore)
    }

    private func ticketCounts(_ open: [OpenTicket]) -> TicketCounts {
        let standard = ["new", "open", "pending", "hold"]
        let byStatus = NamedCount.tally(open.map { Optional($0.status.description) })
        let ordered = standard.compactMap { s in byStatus.first { $0.name == s } }
            + byStatus.filter { !standard.contains($0.name ?? "") }.sorted { ($0.name ?? "") < ($1.name ?? "") }
        return TicketCounts(open: open.count, overdue: open.filter(\.isOverdue).count, byStatus: ordered,
                            byAgent: NamedCount.tally(open.map(\.assignee)),
                            bySource: NamedCount.tally(open.map { Optional($0.source.rawValue) }))
    }
}
