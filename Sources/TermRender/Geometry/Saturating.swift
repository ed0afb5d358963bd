/// Integer arithmetic that clamps at the limits instead of trapping, so geometry built from odd input
/// (huge rects, negative sizes) can never crash a render.
enum Saturating {
    /// `a + b`, clamped to `Int.min...Int.max`.
    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.max : Int.min) : sum
    }

    /// `a - b`, clamped to `Int.min...Int.max`.
    static func subtract(_ a: Int, _ b: Int) -> Int {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.min : Int.max) : difference
    }

    /// `value * numerator / denominator` for non-negative operands, clamped to `Int.max`; 0 when the
    /// denominator is not positive.
    static func scale(_ value: Int, by numerator: Int, over denominator: Int) -> Int {
        guard denominator > 0, value > 0, numerator > 0 else { return 0 }
        let product = value.multipliedFullWidth(by: numerator)
        guard product.high < denominator else { return Int.max }
        let quotient = denominator.dividingFullWidth((product.high, product.low)).quotient
        return max(0, quotient)
    }
}
