/// Where a score stands against the thresholds: red below 4.5, amber to below 4.7, green from 4.7 (settings).
public enum ScoreBand: String, CaseIterable, Sendable, Codable {
    case red, amber, green

    /// The band of `score` for the given thresholds.
    public init(score: Double, redBelow: Double, greenFrom: Double) {
        if score < redBelow {
            self = .red
        } else if score < greenFrom {
            self = .amber
        } else {
            self = .green
        }
    }
}
