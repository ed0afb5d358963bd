import DSRModel
import DSRStore

/// Computes the seven health metrics of metrics.md from plain rows at one instant.
enum HealthCalculator {
    /// Whether `instant` lies in the window of `days` days before `asOf`: [asOf − days, asOf).
    static func isInWindow(_ instant: EpochSeconds?, days: Int, asOf: EpochSeconds) -> Bool {
        guard let instant else { return false }
        return instant >= asOf - EpochSeconds(days) * UTCTime.day && instant < asOf
    }

    /// The metrics in metrics.md order.
    static func metrics(orders: [OrderFacts], reviews: [Review], tickets: [TicketFacts],
                        returnsByOrder: [String: [ReturnRecord]], settings: MetricsSettings,
                        asOf: EpochSeconds) -> [HealthMetric] {
        func window(_ key: MetricKey) -> Int { key.windowDays }
        var counts: [MetricKey: (numerator: Double, denominator: Int)] = [:]
        func add(_ key: MetricKey, _ hit: Bool) {
            counts[key, default: (0, 0)].denominator += 1
            if hit { counts[key, default: (0, 0)].numerator += 1 }
        }

        for f in orders {
            // Cancelled before shipping covers the buyer-cancelled-before-dispatch orders as well.
            if !f.isCancelledBeforeShipping, let deadline = f.dispatchDeadline,
               isInWindow(deadline.at, days: window(.lateDispatchRate), asOf: asOf) {
                add(.lateDispatchRate, f.shippedAt.map { $0 > deadline.at } ?? true)
            }
            if !f.isBuyerCancelledBeforeDispatch, let deadline = f.deliveryDeadline,
               isInWindow(deadline.at, days: window(.onTimeDeliveryRate), asOf: asOf) {
                add(.onTimeDeliveryRate, f.deliveredAt.map { $0 <= deadline.at } ?? false)
            }
            if !f.isBuyerCancelledBeforeDispatch, f.paidAt != nil,
               isInWindow(f.order.createdAt, days: window(.sellerFaultCancellationRate), asOf: asOf) {
                let sellerFault = f.order.cancelInitiator == .seller || f.order.cancelInitiator == .system
                add(.sellerFaultCancellationRate, f.isCancelled && sellerFault)
            }
            if isInWindow(f.deliveredAt, days: window(.negativeReviewRate), asOf: asOf) {
                counts[.negativeReviewRate, default: (0, 0)].denominator += 1
            }
            if isInWindow(f.deliveredAt, days: window(.sellerFaultReturnRate), asOf: asOf) {
                let returns = returnsByOrder[f.order.id] ?? []
                add(.sellerFaultReturnRate, returns.contains { !settings.isBuyerFault(returnReason: $0.reason) })
            }
        }
        // Each 1–2 star review counts, so an order reviewed twice counts twice (metrics.md).
        let negative = reviews.filter {
            $0.rating <= 2 && isInWindow($0.createdAt, days: window(.negativeReviewRate), asOf: asOf)
        }.count
        counts[.negativeReviewRate, default: (0, 0)].numerator = Double(negative)

        let limit = settings.replyLimitSeconds
        for t in tickets where isInWindow(t.ticket.createdAt, days: window(.response12hRate), asOf: asOf) {
            let age = asOf - t.ticket.createdAt
            if let reply = t.firstReplyAt {
                add(.response12hRate, reply - t.ticket.createdAt <= limit)
            } else if age >= limit {
                add(.response12hRate, false)
            }
            // A ticket younger than the limit without a reply may still be answered in time: left out.
        }
        for t in tickets where isInWindow(t.ticket.createdAt, days: window(.avgFirstResponseHours), asOf: asOf) {
            guard let hours = t.replyHours else { continue }
            counts[.avgFirstResponseHours, default: (0, 0)].numerator += hours
            counts[.avgFirstResponseHours, default: (0, 0)].denominator += 1
        }

        return MetricKey.allCases.map { key in
            let c = counts[key] ?? (0, 0)
            return HealthMetric(key: key, windowDays: key.windowDays, numerator: c.numerator, denominator: c.denominator,
                                target: settings.target(key))
        }
    }
}
