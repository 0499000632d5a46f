import StatpipeCore

/// The percentages of SPEC §5 as statpipe prints them: computed exactly, rounded once by
/// StatpipeCore's `DecimalRounding` (2 decimals, half away from zero); nil when undefined.
enum PrintedPercent {
    /// 100 × `part` / `whole`; nil when `whole` is 0.
    static func ratio(_ part: ExactDecimal, of whole: ExactDecimal) -> String? {
        let scale = max(part.scale, whole.scale)
        let denominator = whole.rescaled(to: scale).significand
        guard denominator != 0 else { return nil }
        return DecimalRounding.quotient(part.rescaled(to: scale).significand * 100, denominator, places: 2)
    }

    /// 100 × `part` / `whole` for counts; nil when `whole` is 0.
    static func ratio(_ part: Int, of whole: Int) -> String? {
        ratio(ExactDecimal(significand: Int128(part), scale: 0), of: ExactDecimal(significand: Int128(whole), scale: 0))
    }

    /// Growth, 100 × (`current` / `previous` − 1); nil when `previous` is 0.
    static func change(from previous: ExactDecimal, to current: ExactDecimal) -> String? {
        ratio(current - previous, of: previous)
    }
}
