import DSRModel

/// Finds the problem reasons of orders as of an instant (metrics.md, Problems).
enum ProblemFinder {
    /// The rows of one order that the reasons look at.
    struct OrderRows {
        var tickets: [TicketFacts] = []
        var reviews: [Review] = []
        var returns: [ReturnRecord] = []
    }

    /// Every problem order, ranked.
    static func problemOrders(orders: [OrderFacts], rows: [String: OrderRows], settings: MetricsSettings,
                              asOf: EpochSeconds) -> [ProblemOrder] {
        orders.compactMap { problemOrder($0, rows: rows[$0.order.id] ?? OrderRows(), settings: settings, asOf: asOf) }
            .sorted(by: ProblemOrder.ranksBefore)
    }

    /// The order as a problem order, or nil when no reason holds.
    static func problemOrder(_ f: OrderFacts, rows: OrderRows, settings: MetricsSettings,
                             asOf: EpochSeconds) -> ProblemOrder? {
        let details = self.details(f, rows: rows, settings: settings, asOf: asOf)
        guard let oldest = details.map(\.since).min() else { return nil }
        let firstOpen = rows.tickets.filter(\.isOpen)
            .min { ($0.ticket.createdAt, $0.ticket.id) < ($1.ticket.createdAt, $1.ticket.id) }
        return ProblemOrder(orderID: f.order.id, shopID: f.order.shopID, reasons: details.map(\.reason),
                            details: details, oldestBreachAt: oldest, createdAt: f.order.createdAt, paidAt: f.paidAt,
                            channel: f.channel, carrier: f.carrier, firstTicket: firstOpen.map(ref))
    }

    static func ref(_ t: TicketFacts) -> TicketRef {
        TicketRef(source: t.ticket.source, id: t.ticket.id, createdAt: t.ticket.createdAt, hasReply: t.firstReplyAt != nil)
    }

    /// The details of every reason that holds, in `ProblemReason.allCases` order.
    static func details(_ f: OrderFacts, rows: OrderRows, settings: MetricsSettings, asOf: EpochSeconds) -> [ProblemDetail] {
        var out: [ProblemDetail] = []
        func days(_ seconds: EpochSeconds) -> Double { Double(seconds) / Double(UTCTime.day) }

        if let deadline = f.dispatchDeadline, deadline.at < asOf, f.shippedAt == nil, !f.isCancelled {
            out.append(ProblemDetail(reason: .lateDispatch, since: deadline.at, days: days(asOf - deadline.at),
                                     summary: "+" + DurationText.short(asOf - deadline.at)))
        }
        let inFlight = f.shippedAt != nil && f.deliveredAt == nil
        if inFlight, let deadline = f.deliveryDeadline, deadline.at < asOf {
            out.append(ProblemDetail(reason: .lateDelivery, since: deadline.at, days: days(asOf - deadline.at),
                                     summary: "+" + DurationText.short(asOf - deadline.at)))
        }
        if inFlight, let last = f.lastTrackingActivity, asOf - last > settings.staleLimitSeconds {
            let newest = f.parcels.filter { $0.lastEvent != nil }.sorted { a, b in
                let ta = a.lastEvent!.occurredAt, tb = b.lastEvent!.occurredAt
                return ta != tb ? ta > tb : a.parcel.trackingNumber < b.parcel.trackingNumber
            }.first
            out.append(ProblemDetail(reason: .staleTracking, since: last + settings.staleLimitSeconds,
                                     days: days(asOf - last), trackingNumber: newest?.parcel.trackingNumber,
                                     summary: DurationText.short(asOf - last)))
        }
        let exceptions = f.parcels.filter { $0.status?.isDeliveryException == true }.map { p in
            (parcel: p, since: p.statusAt ?? p.lastEvent?.occurredAt ?? f.shippedAt ?? f.order.createdAt ?? asOf)
        }
        if let first = exceptions.min(by: { ($0.since, $0.parcel.parcel.trackingNumber) < ($1.since, $1.parcel.parcel.trackingNumber) }) {
            let status = first.parcel.status!
            let what = first.parcel.parcel.sourceSubstatus ?? first.parcel.parcel.sourceStatus ?? status.rawValue
            out.append(ProblemDetail(reason: .deliveryException, since: first.since, count: exceptions.count,
                                     trackingNumber: first.parcel.parcel.trackingNumber, parcelStatus: status,
                                     summary: what))
        }
        let overdue = rows.tickets.filter(\.isOverdue).map { t in
            (ticket: t, since: min(t.ticket.createdAt + settings.replyLimitSeconds, t.firstResponseDueAt))
        }
        if let first = overdue.min(by: { ($0.since, $0.ticket.ticket.id) < ($1.since, $1.ticket.ticket.id) }) {
            let waited = asOf - first.ticket.ticket.createdAt
            out.append(ProblemDetail(reason: .ticketOverdue, since: first.since, count: overdue.count,
                                     hoursWithoutReply: Double(waited) / 3600, ticket: ref(first.ticket),
                                     summary: DurationText.short(waited) + ", no reply"))
        }
        let negative = rows.reviews.filter {
            $0.rating <= 2 && HealthCalculator.isInWindow($0.createdAt, days: MetricKey.negativeReviewRate.windowDays, asOf: asOf)
        }
        if let first = negative.min(by: { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }) {
            out.append(ProblemDetail(reason: .negativeReview, since: first.createdAt, count: negative.count,
                                     reviewID: first.id, rating: first.rating, summary: "\(first.rating)★"))
        }
        // No source gives the return's request time, so the order's delivery stands in for it (metrics.md).
        if let delivered = f.deliveredAt, !rows.returns.isEmpty,
           HealthCalculator.isInWindow(delivered, days: MetricKey.sellerFaultReturnRate.windowDays, asOf: asOf) {
            let first = rows.returns[0]
            let summary = [first.kind, first.reason].compactMap { $0 }.joined(separator: ": ")
            out.append(ProblemDetail(reason: .refund, since: delivered, count: rows.returns.count,
                                     returnReason: first.reason, returnKind: first.kind,
                                     summary: summary.isEmpty ? "return" : summary))
        }
        return out
    }
}
