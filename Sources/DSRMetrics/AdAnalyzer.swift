import DSRModel

/// Daily ad figures and their correlation with the score.
enum AdAnalyzer {
    /// Two |r| closer than this are a tie (the smaller lag wins).
    static let tieTolerance = 1e-12

    /// One point per day with ad figures up to the last known day, oldest first, summed over campaigns (and
    /// shops, for all shops).
    static func series(_ adDays: [AdDay], asOf: EpochSeconds) -> [AdDayPoint] {
        let end = ScoreAnalyzer.lastKnownDay(asOf: asOf)
        let grouped = Dictionary(grouping: adDays.filter { $0.date <= end }, by: \.date)
        return grouped.keys.sorted().map { day in
            let t = AdTotals(grouped[day]!)
            return AdDayPoint(date: day, spend: t.spend, impressions: t.impressions, clicks: t.clicks,
                              conversions: t.conversions, cvr: t.cvr, cpm: t.cpm, cpa: t.cpa)
        }
    }

    /// Ads summed over the days `first...last`.
    static func period(_ adDays: [AdDay], first: CalendarDay, last: CalendarDay) -> AdPeriod {
        let t = AdTotals(adDays.filter { $0.date >= first && $0.date <= last })
        return AdPeriod(firstDay: first, lastDay: last, spend: t.spend, cvr: t.cvr, cpm: t.cpm, cpa: t.cpa)
    }

    /// Each score against CVR, overall first.
    static func correlations(ratings: [ShopRating], series: [AdDayPoint], settings: MetricsSettings,
                             asOf: EpochSeconds) -> [CorrelationResult] {
        let days = ScoreAnalyzer.byDay(ratings, asOf: asOf)
        var cvr: [CalendarDay: Double] = [:]
        for p in series { if let v = p.cvr { cvr[p.date] = v } }
        return ScoreKind.allCases.map { kind in
            var scores: [CalendarDay: Double] = [:]
            for (day, r) in days { if let v = kind.value(in: r) { scores[day] = v } }
            return correlation(kind, scores: scores, cvr: cvr, settings: settings)
        }
    }

    /// score(d) against cvr(d + k) for k = 0…max lag, and the best lag.
    static func correlation(_ kind: ScoreKind, scores: [CalendarDay: Double], cvr: [CalendarDay: Double],
                            settings: MetricsSettings) -> CorrelationResult {
        let scoreDays = scores.keys.sorted()
        let lags = (0...settings.maxLagDays).map { k -> LagCorrelation in
            var x: [Double] = [], y: [Double] = []
            for d in scoreDays {
                guard let c = cvr[d.adding(days: k)] else { continue }
                x.append(scores[d]!)
                y.append(c)
            }
            return LagCorrelation(lag: k, n: x.count, pearson: Statistics.pearson(x, y), spearman: Statistics.spearman(x, y))
        }
        var best: LagCorrelation?
        for lag in lags where lag.n >= settings.minPairedDays {
            guard let r = lag.pearson else { continue }
            // Strictly greater, walking up from lag 0, so a tie keeps the smaller lag. Values within 1e-12 are a
            // tie: the same correlation computed over different days differs in the last bits of a double.
            if best == nil || abs(r) > abs(best!.pearson!) + AdAnalyzer.tieTolerance { best = lag }
        }
        guard let best, let r = best.pearson else {
            return CorrelationResult(score: kind, lags: lags, bestLag: nil, pearson: nil, spearman: nil,
                                     n: lags.map(\.n).max() ?? 0, ci95: nil, minPairedDays: settings.minPairedDays)
        }
        return CorrelationResult(score: kind, lags: lags, bestLag: best.lag, pearson: r, spearman: best.spearman,
                                 n: best.n, ci95: Statistics.fisherInterval(r: r, n: best.n),
                                 minPairedDays: settings.minPairedDays)
    }
}
