import StatpipeCore

/// Splits an exact total into parts proportional to weights (largest-remainder method).
enum Apportionment {
    /// Parts at the total's scale that sum exactly to `total`, each the floor of its share plus one
    /// unit of the last decimal for the largest remainders (ties to the earlier index).
    /// Weights must be positive.
    static func split(_ total: ExactDecimal, by weights: [Double]) -> [ExactDecimal] {
        precondition(!weights.isEmpty && weights.allSatisfy { $0 > 0 }, "weights must be positive")
        let units = total.significand
        let weightSum = weights.reduce(0, +)
        let exact = weights.map { Double(units) * $0 / weightSum }
        var parts = exact.map { Int128($0.rounded(.down)) }
        let shortfall = Int(units - parts.reduce(0, +))
        let byRemainder = exact.indices.sorted { lhs, rhs in
            let left = exact[lhs] - exact[lhs].rounded(.down)
            let right = exact[rhs] - exact[rhs].rounded(.down)
            return left != right ? left > right : lhs < rhs
        }
        for index in byRemainder.prefix(shortfall) {
            parts[index] += 1
        }
        return parts.map { ExactDecimal(significand: $0, scale: total.scale) }
    }
}
