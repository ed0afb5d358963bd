import DSRModel

/// Everything the board and the report show for one shop, or for all shops, as of an instant.
/// For all shops every numerator and denominator is summed (never a mean of rates); the official score and
/// its correlation with ads are per shop, so the all-shops dashboard has none.
public struct ShopDashboard: Sendable {
    /// The shop, or every shop when `shopID` is nil.
    public var shops: [Shop]
    /// The shop's id; nil for all shops.
    public var shopID: String?
    /// The instant the figures are for.
    public var asOf: EpochSeconds
    /// The settings they were computed with.
    public var settings: MetricsSettings
    /// The official score (empty for all shops).
    public var score: ScoreSummary
    /// The seven health metrics in metrics.md order.
    public var metrics: [HealthMetric]
    /// Every problem order, ranked (more reasons, then oldest breach, then order id).
    public var problemOrders: [ProblemOrder]
    /// Parcels of the orders with late delivery, stale tracking or a delivery exception.
    public var lateParcels: [LateParcel]
    /// Open tickets, overdue first, then oldest.
    public var openTickets: [OpenTicket]
    /// Open tickets by status, agent and helpdesk.
    public var ticketCounts: TicketCounts
    /// Where the trouble comes from.
    public var rootCauses: RootCauses
    /// The daily watch, newest first.
    public var alerts: [Alert]
    /// Daily ad figures up to the instant, oldest first.
    public var adSeries: [AdDayPoint]
    /// Ads over the last 7 days up to the instant.
    public var adLast7Days: AdPeriod
    /// Ads over the 7 days before those.
    public var adPrevious7Days: AdPeriod
    /// The overall score and each sub-score against CVR, in `ScoreKind.allCases` order.
    public var correlations: [CorrelationResult]
    /// Rows in the store for the shop(s).
    public var counts: RowCounts
    /// When each source category last received data.
    public var sourceActivity: [SourceCategory: EpochSeconds]
    /// For every order on a list (problem orders, late parcels, open tickets): its SKU ids, seller SKUs, product
    /// and variant names in one line, so the board's `/` filter finds an order by what was bought.
    public var orderProducts: [String: String] = [:]

    /// A dashboard.
    public init(shops: [Shop], shopID: String?, asOf: EpochSeconds, settings: MetricsSettings, score: ScoreSummary,
                metrics: [HealthMetric], problemOrders: [ProblemOrder], lateParcels: [LateParcel],
                openTickets: [OpenTicket], ticketCounts: TicketCounts, rootCauses: RootCauses, alerts: [Alert],
                adSeries: [AdDayPoint], adLast7Days: AdPeriod, adPrevious7Days: AdPeriod,
                correlations: [CorrelationResult], counts: RowCounts, sourceActivity: [SourceCategory: EpochSeconds]) {
        self.shops = shops
        self.shopID = shopID
        self.asOf = asOf
        self.settings = settings
        self.score = score
        self.metrics = metrics
        self.problemOrders = problemOrders
        self.lateParcels = lateParcels
        self.openTickets = openTickets
        self.ticketCounts = ticketCounts
        self.rootCauses = rootCauses
        self.alerts = alerts
        self.adSeries = adSeries
        self.adLast7Days = adLast7Days
        self.adPrevious7Days = adPrevious7Days
        self.correlations = correlations
        self.counts = counts
        self.sourceActivity = sourceActivity
    }

    /// The shop shown, when there is exactly one.
    public var shop: Shop? { shopID == nil ? nil : shops.first }

    /// One health metric.
    public func metric(_ key: MetricKey) -> HealthMetric {
        metrics.first { $0.key == key }
            ?? HealthMetric(key: key, windowDays: key.windowDays, numerator: 0, denominator: 0, target: settings.target(key))
    }

    /// The correlation of one score with CVR.
    public func correlation(_ kind: ScoreKind) -> CorrelationResult? { correlations.first { $0.score == kind } }

    /// Problem orders per reason (an order with two reasons counts under each), every reason present.
    public var problemCountsByReason: [ProblemReason: Int] {
        var counts = Dictionary(uniqueKeysWithValues: ProblemReason.allCases.map { ($0, 0) })
        for p in problemOrders { for r in p.reasons { counts[r, default: 0] += 1 } }
        return counts
    }

    /// Late parcels per reason (late delivery, stale tracking, delivery exception).
    public var lateParcelCountsByReason: [ProblemReason: Int] {
        var counts: [ProblemReason: Int] = [.lateDelivery: 0, .staleTracking: 0, .deliveryException: 0]
        for p in lateParcels { for r in p.reasons { counts[r, default: 0] += 1 } }
        return counts
    }
}
