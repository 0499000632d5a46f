/// Exact division and rounding for printed figures (SPEC §5): half away from zero, once,
/// at print time; `-0.00` prints `0.00`.
public enum DecimalRounding {
    /// `numerator / denominator` rounded half away from zero to `places` decimals, as text.
    /// The denominator must not be zero.
    public static func quotient(_ numerator: Int128, _ denominator: Int128, places: Int) -> String {
        precondition(denominator != 0, "division by zero must be handled as an undefined figure")
        let negative = (numerator < 0) != (denominator < 0)
        let scaled = numerator.magnitude * UInt128(ExactDecimal.powerOfTen(places))
        let divisor = denominator.magnitude
        var quotient = scaled / divisor
        if (scaled % divisor) * 2 >= divisor { quotient += 1 }
        return format(magnitude: quotient, negative: negative && quotient != 0, places: places)
    }

    /// `value` rounded half away from zero to `places` decimals, as text.
    public static func rounded(_ value: ExactDecimal, places: Int) -> String {
        if value.scale <= places {
            let exact = value.rescaled(to: places)
            return format(magnitude: exact.significand.magnitude, negative: exact.significand < 0, places: places)
        }
        return quotient(value.significand, ExactDecimal.powerOfTen(value.scale), places: places)
    }

    private static func format(magnitude: UInt128, negative: Bool, places: Int) -> String {
        let digits = String(magnitude)
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let whole = padded.dropLast(places)
        let body = places > 0 ? whole + "." + padded.suffix(places) : whole
        return (negative ? "-" : "") + body
    }
}
