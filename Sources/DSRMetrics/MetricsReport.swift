import DSRModel

/// The document `dsrboard report --json` prints (issue 4's shape; its key names are fixed, extra keys are
/// additions): one entry per shop, and the all-shops sums when every shop is reported.
public enum MetricsReport {
    /// How many problem orders the `top` list holds.
    public static let topProblemOrders = 10
    /// How many rows each root-cause list holds.
    public static let topCauses = 5

    /// The dashboards a report shows: one shop's, or every shop's followed by the all-shops sums.
    public static func dashboards(from source: DashboardSource, shopID: String?,
                                  asOf: EpochSeconds) throws -> (shops: [ShopDashboard], allShops: ShopDashboard?) {
        if let shopID { return ([try source.dashboard(shopID: shopID, asOf: asOf)], nil) }
        let shops = try source.shops().map { try source.dashboard(shopID: $0.id, asOf: asOf) }
        return (shops, try source.dashboard(shopID: nil, asOf: asOf))
    }

    /// The whole document for `asOf`: `shops` are per-shop dashboards, `allShops` the summed one (or nil).
    public static func document(asOf: EpochSeconds, shops: [ShopDashboard], allShops: ShopDashboard?) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("as_of", .string(UTCTime.iso8601(asOf))),
            ("shops", .array(shops.map(shop))),
        ]
        if let allShops { pairs.append(("all_shops", totals(allShops))) }
        return .object(pairs)
    }

    /// One shop's entry.
    public static func shop(_ d: ShopDashboard) -> JSONValue {
        .object([
            ("shop_id", .text(d.shopID)),
            ("name", .text(d.shop?.name)),
            ("region", .text(d.shop?.region)),
            ("rating", rating(d.score)),
            ("metrics", metrics(d.metrics)),
            ("counts", counts(d.counts)),
            ("open_tickets", .int(d.openTickets.count)),
            ("overdue_tickets", .int(d.ticketCounts.overdue)),
            ("late_parcels", .int(d.lateParcels.count)),
            ("problem_orders", problems(d, top: topProblemOrders)),
            ("correlation", d.correlation(.overall).map(correlation) ?? .null),
            ("correlations", .array(d.correlations.map(correlation))),
            ("alerts", .array(d.alerts.map(alert))),
            ("root_causes", rootCauses(d.rootCauses)),
        ])
    }

    /// The all-shops sums: metrics from summed numerators and denominators, counts, tickets, parcels, problems.
    static func totals(_ d: ShopDashboard) -> JSONValue {
        .object([
            ("shop_ids", .array(d.shops.map { .string($0.id) })),
            ("metrics", metrics(d.metrics)),
            ("counts", counts(d.counts)),
            ("open_tickets", .int(d.openTickets.count)),
            ("overdue_tickets", .int(d.ticketCounts.overdue)),
            ("late_parcels", .int(d.lateParcels.count)),
            ("problem_orders", problems(d, top: 0)),
        ])
    }

    static func rating(_ s: ScoreSummary) -> JSONValue {
        guard let latest = s.latest else { return .null }
        return .object([
            ("date", .string(latest.date.description)),
            ("overall", .rounded(latest.overall)),
            ("product", .rounded(latest.product)),
            ("logistics", .rounded(latest.logistics)),
            ("service", .rounded(latest.service)),
            ("change_7d", .rounded(s.change7d[.overall])),
            ("band", .text(s.band(.overall)?.rawValue)),
            ("change_7d_by_score", .object(ScoreKind.allCases.map { ($0.rawValue, .rounded(s.change7d[$0])) })),
        ])
    }

    static func metrics(_ list: [HealthMetric]) -> JSONValue {
        .object(list.map { m in
            (m.key.rawValue, .object([
                ("value", .rounded(m.value)),
                // Rates count orders, reviews or tickets; the mean first response sums hours.
                ("numerator", m.key.isRate ? .int(Int(m.numerator)) : .rounded(m.numerator)),
                ("denominator", .int(m.denominator)),
                ("target", .rounded(m.target.value)),
                ("met", m.isMet.map { .bool($0) } ?? .null),
                ("comparison", .string(m.target.comparison.rawValue)),
                ("window_days", .int(m.windowDays)),
            ]))
        })
    }

    static func counts(_ c: RowCounts) -> JSONValue {
        .object([
            ("orders", .int(c.orders)), ("parcels", .int(c.parcels)), ("tracking_events", .int(c.trackingEvents)),
            ("tickets", .int(c.tickets)), ("reviews", .int(c.reviews)), ("rating_days", .int(c.ratingDays)),
            ("ad_days", .int(c.adDays)),
        ])
    }

    static func problems(_ d: ShopDashboard, top: Int) -> JSONValue {
        let byReason = d.problemCountsByReason
        var pairs: [(String, JSONValue)] = [
            ("total", .int(d.problemOrders.count)),
            ("by_reason", .object(ProblemReason.allCases.map { ($0.rawValue, .int(byReason[$0] ?? 0)) })),
        ]
        if top > 0 {
            pairs.append(("top", .array(d.problemOrders.prefix(top).map { p in
                .object([
                    ("order_id", .string(p.orderID)),
                    ("reasons", .array(p.reasons.map { .string($0.rawValue) })),
                    ("oldest_breach", .string(UTCTime.iso8601(p.oldestBreachAt))),
                    ("details", .array(p.details.map { .string($0.reason.rawValue + ": " + $0.summary) })),
                ])
            })))
        }
        return .object(pairs)
    }

    static func correlation(_ c: CorrelationResult) -> JSONValue {
        .object([
            ("score", .string(c.score.rawValue)),
            ("metric", .string(c.metric)),
            ("best_lag_days", .integer(c.bestLag)),
            ("pearson_r", .rounded(c.pearson)),
            ("spearman_rho", .rounded(c.spearman)),
            ("n", .int(c.n)),
            ("ci95", c.ci95.map { .array([.rounded($0.lowerBound), .rounded($0.upperBound)]) } ?? .null),
            ("enough_data", .bool(c.isEnoughData)),
            ("note", .string(c.isEnoughData ? "moves with" : "not enough data")),
            ("min_paired_days", .int(c.minPairedDays)),
            ("lags", .array(c.lags.map { l in
                .object([("lag_days", .int(l.lag)), ("n", .int(l.n)), ("pearson_r", .rounded(l.pearson)),
                         ("spearman_rho", .rounded(l.spearman))])
            })),
        ])
    }

    static func alert(_ a: Alert) -> JSONValue {
        .object([
            ("date", .string(a.date.description)),
            ("what", .string(a.what)),
            ("causes", .array(a.causes.map { .string($0) })),
            ("kind", .string(a.kindName)),
            ("score", .string(a.scoreKind.rawValue)),
        ])
    }

    static func rootCauses(_ r: RootCauses) -> JSONValue {
        func named(_ list: [NamedCount]) -> JSONValue {
            .array(list.prefix(topCauses).map { .object([("name", .text($0.name)), ("count", .int($0.count))]) })
        }
        return .object([
            ("negative_reviews_by_sku", .array(r.negativeReviewsBySKU.prefix(topCauses).map { g in
                .object([("sku_id", .text(g.skuID)), ("seller_sku", .text(g.sellerSKU)), ("batch", .text(g.batch)),
                         ("count", .int(g.count))])
            })),
            ("late_parcels_by_channel", named(r.lateParcelsByChannel)),
            ("late_parcels_by_carrier", named(r.lateParcelsByCarrier)),
            ("late_parcels_by_destination", named(r.lateParcelsByDestination)),
            ("late_replies_by_agent", named(r.lateRepliesByAgent)),
            ("transit_by_channel", .array(r.transitByChannel.prefix(topCauses).map { t in
                .object([("channel", .text(t.channel)), ("late_parcels", .int(t.lateParcels)),
                         ("mean_transit_days", .rounded(t.meanTransitDays)), ("delivered_orders", .int(t.deliveredOrders))])
            })),
        ])
    }
}
