/// Where a score stands against the thresholds: red below 4.5, amber to below 4.7, green from 4.7 (settings).
public enum ScoreBand: String, CaseIterable, Sendable, Codable {
    /// Below the red threshold (4.5): ad costs climb.
    case red
    /// From red up to below green.
    case amber
    /// At or above the green threshold (4.7).
    case green

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
