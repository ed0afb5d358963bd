/// How a score moves with ad CVR: every lag tried, and the best one (metrics.md, Ad conversion against the score).
/// The board says "moves with", never "causes".
public struct CorrelationResult: Hashable, Sendable {
    /// The score correlated.
    public var score: ScoreKind
    /// The ad metric correlated: always `cvr`.
    public var metric: String
    /// Every lag from 0 to the max lag setting.
    public var lags: [LagCorrelation]
    /// The lag with the largest |r| among lags with at least the minimum paired days (a tie goes to the
    /// smaller lag); nil when no lag has enough data.
    public var bestLag: Int?
    /// r at the best lag.
    public var pearson: Double?
    /// ρ at the best lag.
    public var spearman: Double?
    /// Paired days at the best lag; without enough data, the most paired days of any lag.
    public var n: Int
    /// 95% interval for r at the best lag (Fisher z).
    public var ci95: ClosedRange<Double>?
    /// The minimum paired days in force.
    public var minPairedDays: Int

    /// A result.
    public init(score: ScoreKind, metric: String = "cvr", lags: [LagCorrelation], bestLag: Int?, pearson: Double?,
                spearman: Double?, n: Int, ci95: ClosedRange<Double>?, minPairedDays: Int) {
        self.score = score
        self.metric = metric
        self.lags = lags
        self.bestLag = bestLag
        self.pearson = pearson
        self.spearman = spearman
        self.n = n
        self.ci95 = ci95
        self.minPairedDays = minPairedDays
    }

    /// False below the minimum paired days at every lag: "not enough data".
    public var isEnoughData: Bool { bestLag != nil }
}
