/// Whole-number shares of an amount by weight, using largest remainders so the shares always add up.
enum Proportion {
    /// Splits `amount` (≥ 0) into one share per weight; shares sum to `amount` unless every weight is 0
    /// (then all shares are 0). Ties in the rounding go to the earlier index, so results are stable.
    static func split(_ amount: Int, weights: [Int]) -> [Int] {
        let weights = weights.map { max(0, $0) }
        let total = weights.reduce(0, Saturating.add)
        guard amount > 0, total > 0 else { return weights.map { _ in 0 } }
        var shares = weights.map { Saturating.scale(amount, by: $0, over: total) }
        let remainders = weights.map { weight -> Int in
            let product = amount.multipliedFullWidth(by: weight)
            guard product.high < total else { return 0 }
            return total.dividingFullWidth((product.high, product.low)).remainder
        }
        var leftover = amount - shares.reduce(0, Saturating.add)
        let order = weights.indices
            .filter { weights[$0] > 0 }
            .sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        if leftover >= order.count, !order.isEmpty {
            // Only reachable when the weight total saturated; spread evenly rather than loop.
            let each = leftover / order.count
            for index in order { shares[index] = Saturating.add(shares[index], each) }
            leftover -= each * order.count
        }
        for index in order.prefix(leftover) { shares[index] += 1 }
        return shares
    }
}
