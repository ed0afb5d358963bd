import DSRModel

/// The official score as of an instant: the latest day, its change against 7 days before, and daily series.
public struct ScoreSummary: Hashable, Sendable {
    /// The newest day's rating known as of the instant (a day's rating is known once the day has begun).
    public var latest: ShopRating?
    /// Latest value minus the value 7 days before the latest day, per score; absent where either is missing.
    public var change7d: [ScoreKind: Double]
    /// The last day of the series: the day that contains the instant just before as of.
    public var seriesEndDay: CalendarDay
    /// 30 daily values per score, oldest first, ending at `seriesEndDay`; nil where no rating was imported.
    public var series30: [ScoreKind: [Double?]]
    /// 90 daily values per score, oldest first, ending at `seriesEndDay`; nil where no rating was imported.
    public var series90: [ScoreKind: [Double?]]
    /// Below this the score is red.
    public var redBelow: Double
    /// From this the score is green.
    public var greenFrom: Double

    /// A summary.
    public init(latest: ShopRating?, change7d: [ScoreKind: Double], seriesEndDay: CalendarDay,
                series30: [ScoreKind: [Double?]], series90: [ScoreKind: [Double?]], redBelow: Double, greenFrom: Double) {
        self.latest = latest
        self.change7d = change7d
        self.seriesEndDay = seriesEndDay
        self.series30 = series30
        self.series90 = series90
        self.redBelow = redBelow
        self.greenFrom = greenFrom
    }

    /// The latest value of a score.
    public func value(_ kind: ScoreKind) -> Double? { latest.flatMap { kind.value(in: $0) } }

    /// The band of a score's latest value; nil without one.
    public func band(_ kind: ScoreKind) -> ScoreBand? {
        value(kind).map { ScoreBand(score: $0, redBelow: redBelow, greenFrom: greenFrom) }
    }
}
