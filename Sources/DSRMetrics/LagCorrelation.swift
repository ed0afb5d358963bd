/// The correlation between score(d) and CVR(d + lag) over the days where both exist.
public struct LagCorrelation: Hashable, Sendable {
    /// The lag in days.
    public var lag: Int
    /// How many paired days.
    public var n: Int
    /// Pearson r; nil with fewer than 2 pairs or a constant series.
    public var pearson: Double?
    /// Spearman ρ (average ranks for ties); nil likewise.
    public var spearman: Double?

    /// A lag's correlation.
    public init(lag: Int, n: Int, pearson: Double?, spearman: Double?) {
        self.lag = lag
        self.n = n
        self.pearson = pearson
        self.spearman = spearman
    }
}
