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
    private let ordersByID: [String: Order]

    init(data: MetricsData, settings: MetricsSettings, shopID: String?, asOf: EpochSeconds) {
        self.data = data
        self.settings = settings
        self.shopID = shopID
        self.asOf = asOf
        var parcels: [String: [ParcelState]] = [:]
        for p in data.parcels { if let id = p.linked.orderID { parcels[id, default: []].append(p) } }
        parcelsByOrder = parcels.mapValues { $0.sorted { $0.parcel.trackingNumber < $1.parcel.trackingNumber } }
        returnsByOrder = Dictionary(grouping: data.returns, by: \.orderID)
        var byID: [String: Order] = [:]
        for o in data.orders { byID[o.id] = o }
        ordersByID = byID
    }

    func orderFacts(at instant: EpochSeconds) -> [OrderFacts] {
        data.orders.compactMap { OrderFacts(order: $0, parcels: parcelsByOrder[$0.id] ?? [], settings: settings, asOf: instant) }
    }

    func ticketFacts(at instant: EpochSeconds) -> [TicketFacts] {
        data.tickets.compactMap { TicketFacts(linked: $0, settings: settings, asOf: instant) }
    }

    func healthMetrics(at instant: EpochSeconds) -> [HealthMetric] {
        HealthCalculator.metrics(orders: orderFacts(at: instant), reviews: data.reviews, tickets: ticketFacts(at: instant),
                                 returnsByOrder: returnsByOrder, settings: settings, asOf: instant)
    }

    func build() -> ShopDashboard {
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
        let alerts = DailyWatch.alerts(ratings: data.ratings,
                                       metricsAt: { $0 == asOf ? metrics : healthMetrics(at: $0) },
                                       causes: causes, settings: settings, asOf: asOf)
        let series = AdAnalyzer.series(data.adDays, asOf: asOf)
        let end = ScoreAnalyzer.lastKnownDay(asOf: asOf)
        return ShopDashboard(
            shops: data.shops, shopID: shopID, asOf: asOf, settings: settings,
            score: ScoreAnalyzer.summary(ratings: data.ratings, settings: settings, asOf: asOf),
            metrics: metrics, problemOrders: problems, lateParcels: late, openTickets: open,
            ticketCounts: ticketCounts(open), rootCauses: causes, alerts: alerts, adSeries: series,
            adLast7Days: AdAnalyzer.period(data.adDays, first: end.adding(days: -6), last: end),
            adPrevious7Days: AdAnalyzer.period(data.adDays, first: end.adding(days: -13), last: end.adding(days: -7)),
            correlations: AdAnalyzer.correlations(ratings: data.ratings, series: series, settings: settings, asOf: asOf),
            counts: data.counts, sourceActivity: data.sourceActivity)
    }

    /// Every parcel of the orders with late delivery, stale tracking or a delivery exception.
    private func lateParcels(problems: [ProblemOrder], orders: [OrderFacts]) -> [LateParcel] {
        var factsByID: [String: OrderFacts] = [:]
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
