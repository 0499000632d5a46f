/// A percentage rounded once to two decimals, half away from zero, from exact integers (SPEC §5).
struct Percent: Hashable, CustomStringConvertible {
    /// The percentage in hundredths: 1276 is 12.76 %.
    let hundredths: Int64

    init(hundredths: Int64) {
        self.hundredths = hundredths
    }

    /// 100 × numerator / denominator, or nil when the denominator is 0 (an undefined figure).
    init?(ratio numerator: Int64, over denominator: Int64) {
        guard denominator != 0 else { return nil }
        hundredths = Self.divideRoundingHalfAwayFromZero(numerator * 10_000, denominator)
    }

    /// 100 × (current / previous − 1), or nil when previous is 0.
    init?(changeFrom previous: Int64, to current: Int64) {
        self.init(ratio: current - previous, over: previous)
    }

    /// `12.76`, `-5.64`; a rounded zero is `0.00`, never `-0.00`.
    var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        return "\(sign)\(magnitude / 100).\(Int(magnitude % 100).zeroPadded(2))"
    }

    private static func divideRoundingHalfAwayFromZero(_ numerator: Int64, _ denominator: Int64) -> Int64 {
        let negative = (numerator < 0) != (denominator < 0)
        let n = numerator.magnitude
        let d = denominator.magnitude
        let quotient = Int64((2 * n + d) / (2 * d))
        return negative ? -quotient : quotient
    }
}

extension Percent {
    /// A percentage written as the bulletin prints it, e.g. `Percent("12.76")`; traps on a malformed literal.
    init(_ text: String) {
        guard let value = NumberStyle.plain.parse(text), value.raw % 10 == 0 else {
            preconditionFailure("not a two-decimal percentage: \(text)")
        }
        self.init(hundredths: value.raw / 10)
    }
}
