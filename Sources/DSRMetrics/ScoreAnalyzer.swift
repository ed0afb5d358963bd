import DSRModel

/// Builds the score summary from the imported daily ratings.
enum ScoreAnalyzer {
    /// The last day whose rating is known at `asOf`: a day's rating is known once the day has begun, so the
    /// day holding the second before `asOf` (as of 2026-11-30T00:00Z that is 2026-11-29).
    static func lastKnownDay(asOf: EpochSeconds) -> CalendarDay { CalendarDay(utc: asOf - 1) }

    /// Ratings by day, up to the last known day.
    static func byDay(_ ratings: [ShopRating], asOf: EpochSeconds) -> [CalendarDay: ShopRating] {
        let end = lastKnownDay(asOf: asOf)
        var out: [CalendarDay: ShopRating] = [:]
        for r in ratings where r.date <= end { out[r.date] = r }
        return out
    }

    static func summary(ratings: [ShopRating], settings: MetricsSettings, asOf: EpochSeconds) -> ScoreSummary {
        let end = lastKnownDay(asOf: asOf)
        let days = byDay(ratings, asOf: asOf)
        let latest = days.values.max { $0.date < $1.date }
        var change: [ScoreKind: Double] = [:]
        if let latest, let before = days[latest.date.adding(days: -7)] {
            for kind in ScoreKind.allCases {
                if let now = kind.value(in: latest), let then = kind.value(in: before) { change[kind] = now - then }
            }
        }
        func series(_ count: Int) -> [ScoreKind: [Double?]] {
            let span = (0..<count).map { end.adding(days: $0 - count + 1) }
            return Dictionary(uniqueKeysWithValues: ScoreKind.allCases.map { kind in
                (kind, span.map { days[$0].flatMap { kind.value(in: $0) } })
            })
        }
        return ScoreSummary(latest: latest, change7d: change, seriesEndDay: end, series30: series(30),
                            series90: series(90), redBelow: settings.redBelow, greenFrom: settings.greenFrom)
    }
}
