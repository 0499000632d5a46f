import StatpipeCore

extension ExactDecimal {
    /// A value counted in thousandths: every value the generator writes is VND billion with 3 decimals.
    init(thousandths: Int128) {
        self.init(significand: thousandths, scale: 3)
    }

    /// The value in thousandths nearest to `value`, ties away from zero: how the generator's models,
    /// which work in `Double`, become data. Nothing verified is ever computed this way.
    init(roundingToThousandths value: Double) {
        self.init(thousandths: Int128((value * 1000).rounded(.toNearestOrAwayFromZero)))
    }

    /// The value as a `Double`, for the generator's models only (never for verification).
    var approximation: Double {
        Double(significand) / Double(Self.tenToThe(scale))
    }

    /// `self × numerator / denominator`, rounded once, half away from zero, to `places` decimals.
    ///
    /// StatpipeCore rounds quotients to text only (`DecimalRounding.quotient`), so the text is read back;
    /// a quotient that stays an `ExactDecimal` belongs in the core.
    func scaled(by numerator: Int128, over denominator: Int128, places: Int) -> ExactDecimal {
        let text = DecimalRounding.quotient(significand * numerator, denominator * Self.tenToThe(scale), places: places)
        guard let result = ExactDecimal(parsing: text) else {
            preconditionFailure("DecimalRounding printed an unreadable number: \(text)")
        }
        return result
    }

    /// 10 to the power `exponent` (the core's own helper is internal to it).
    private static func tenToThe(_ exponent: Int) -> Int128 {
        (0..<exponent).reduce(1) { power, _ in power * 10 }
    }
}
