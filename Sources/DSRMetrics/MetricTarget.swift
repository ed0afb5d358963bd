/// A metric's target: the value must stay strictly below or strictly above a bound ("< 4%", "> 95%").
public struct MetricTarget: Hashable, Sendable {
    /// Which side of the bound is good.
    public enum Comparison: String, Sendable, Hashable {
        /// Met while the value is strictly less than the bound.
        case below = "<"
        /// Met while the value is strictly greater than the bound.
        case above = ">"
    }

    /// Which side of the bound is good.
    public var comparison: Comparison
    /// The bound: a fraction for rates, hours for the mean first response.
    public var value: Double

    /// A target.
    public init(_ comparison: Comparison, _ value: Double) {
        self.comparison = comparison
        self.value = value
    }

    /// Whether `value` meets the target; nil when there is no value ("no data" is neither met nor missed).
    public func isMet(by value: Double?) -> Bool? {
        guard let value else { return nil }
        // metrics.md writes the targets as strict inequalities, so a value equal to the bound misses.
        switch comparison {
        case .below: return value < self.value
        case .above: return value > self.value
        }
    }
}
