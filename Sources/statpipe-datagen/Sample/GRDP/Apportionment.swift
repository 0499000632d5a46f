/// Splits an exact total into integer parts proportional to weights (largest-remainder method).
enum Apportionment {
    /// Parts that sum exactly to `total`, each the floor of its share plus one for the largest
    /// remainders (ties to the earlier index). Weights must be positive.
    static func split(_ total: Int64, by weights: [Double]) -> [Int64] {
        precondition(!weights.isEmpty && weights.allSatisfy { $0 > 0 }, "weights must be positive")
        let weightSum = weights.reduce(0, +)
        let exact = weights.map { Double(total) * $0 / weightSum }
        var parts = exact.map { Int64($0.rounded(.down)) }
        let shortfall = Int(total - parts.reduce(0, +))
        let byRemainder = exact.indices.sorted { lhs, rhs in
            let left = exact[lhs] - exact[lhs].rounded(.down)
            let right = exact[rhs] - exact[rhs].rounded(.down)
            return left != right ? left > right : lhs < rhs
        }
        for index in byRemainder.prefix(shortfall) {
            parts[index] += 1
        }
        return parts
    }
}
