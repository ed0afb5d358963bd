import Foundation

/// The statistics the ad × score pane needs, written out so that each step can be checked by hand.
public enum Statistics {
    /// Pearson's r of two equally long series; nil with fewer than 2 pairs or when either series is constant.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "pearson needs pairs")
        let n = x.count
        guard n >= 2 else { return nil }
        let mx = x.reduce(0, +) / Double(n), my = y.reduce(0, +) / Double(n)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in 0..<n {
            let dx = x[i] - mx, dy = y[i] - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        // Rounding can push |r| a hair past 1 for perfectly linear data.
        return max(-1, min(1, sxy / (sxx * syy).squareRoot()))
    }

    /// Spearman's ρ: Pearson's r of the average ranks.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        pearson(averageRanks(x), averageRanks(y))
    }

    /// 1-based ranks, tied values sharing the mean of the ranks they span ([10, 20, 20, 30] → [1, 2.5, 2.5, 4]).
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let mean = Double(start + end) / 2 + 1
            for k in start...end { ranks[order[k]] = mean }
            start = end + 1
        }
        return ranks
    }

    /// The 95% interval for r by Fisher z: tanh(atanh(r) ± 1.96 / sqrt(n − 3)); nil for n ≤ 3.
    public static func fisherInterval(r: Double, n: Int) -> ClosedRange<Double>? {
        guard n > 3 else { return nil }
        let z = atanh(r), half = 1.96 / Double(n - 3).squareRoot()
        return tanh(z - half)...tanh(z + half)
    }
}
