/// One computed health metric for a shop (or all shops) as of an instant: its counts, value and target.
public struct HealthMetric: Hashable, Sendable {
    /// Which metric.
    public var key: MetricKey
    /// The window it was measured over, in days: [as of − windowDays, as of).
    public var windowDays: Int
    /// The count above the line; for the mean first response, the sum of the reply hours.
    public var numerator: Double
    /// The count below the line; for the mean first response, the number of replied tickets.
    public var denominator: Int
    /// The target in force.
    public var target: MetricTarget

    /// A metric from its counts.
    public init(key: MetricKey, windowDays: Int, numerator: Double, denominator: Int, target: MetricTarget) {
        self.key = key
        self.windowDays = windowDays
        self.numerator = numerator
        self.denominator = denominator
        self.target = target
    }

    /// numerator / denominator; nil ("no data") when the denominator is 0, never 0 and never NaN.
    public var value: Double? { denominator == 0 ? nil : numerator / Double(denominator) }

    /// Whether the value meets the target; nil without data.
    public var isMet: Bool? { target.isMet(by: value) }
}
