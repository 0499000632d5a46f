/// The printed figures of SPEC §5, computed exactly and rounded once, half away from zero:
/// percentages with 2 decimals, values with 3; undefined ones empty.
public enum Figure {
    /// 100 × `part` / `whole` with 2 decimals; empty when either is missing or `whole` is 0.
    public static func percent(_ part: ExactDecimal?, of whole: ExactDecimal?) -> TableCell {
        guard let part, let whole else { return .undefined }
        let scale = max(part.scale, whole.scale)
        let denominator = whole.rescaled(to: scale).significand
        guard denominator != 0 else { return .undefined }
        return .number(DecimalRounding.quotient(part.rescaled(to: scale).significand * 100, denominator, places: 2))
    }

    /// 100 × `part` / `whole` for counts.
    public static func percent(_ part: Int, of whole: Int) -> TableCell {
        percent(ExactDecimal(part), of: ExactDecimal(whole))
    }

    /// Growth 100 × (`current` / `previous` − 1) with 2 decimals; empty when undefined.
    public static func growth(_ current: ExactDecimal?, over previous: ExactDecimal?) -> TableCell {
        guard let current, let previous else { return .undefined }
        return percent(current - previous, of: previous)
    }

    /// A value with 3 decimals; empty when missing.
    public static func value(_ value: ExactDecimal?) -> TableCell {
        value.map { .number(DecimalRounding.rounded($0, places: 3)) } ?? .undefined
    }
}

extension ExactDecimal {
    /// An integer as a decimal.
    public init(_ integer: Int) {
        self.init(significand: Int128(integer), scale: 0)
    }
}
