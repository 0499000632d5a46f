import StatpipeCore

/// How one file writes decimal numbers: separators and fraction digits.
///
/// Only writing lives here: statpipe reads numbers with StatpipeCore's `ExactDecimal(parsing:format:)`,
/// and so does the generator's verification.
struct NumberStyle: Hashable {
    /// How many fraction digits are written.
    enum Fraction: Hashable {
        /// Always three digits, `412.500`.
        case fixedThree
        /// Trailing zeros dropped as Excel's General format does, `412.5`, `412`.
        case trimmed
    }

    var decimalSeparator: Character = "."
    /// `nil` for no grouping; `.` in the Vietnamese locale (`1.234,5`).
    var groupingSeparator: Character?
    var fraction: Fraction = .fixedThree

    /// `1234.500`.
    static let plain = NumberStyle()
    /// `1234.5`.
    static let trimmed = NumberStyle(fraction: .trimmed)
    /// Vietnamese Excel: `1.234,5`.
    static let vietnamese = NumberStyle(decimalSeparator: ",", groupingSeparator: ".", fraction: .trimmed)

    /// The value written in this style, from its three-decimal text (rounded half away from zero
    /// by StatpipeCore, as statpipe prints values).
    func format(_ value: ExactDecimal) -> String {
        let plain = DecimalRounding.rounded(value, places: 3)
        let negative = plain.hasPrefix("-")
        let parts = plain.dropFirst(negative ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
        var integer = String(parts[0])
        var fractionDigits = parts.count == 2 ? String(parts[1]) : ""
        if let groupingSeparator {
            integer = Self.grouped(integer, by: groupingSeparator)
        }
        if fraction == .trimmed {
            while fractionDigits.last == "0" { fractionDigits.removeLast() }
        }
        let sign = negative ? "-" : ""
        return fractionDigits.isEmpty ? sign + integer : sign + integer + String(decimalSeparator) + fractionDigits
    }

    private static func grouped(_ digits: String, by separator: Character) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return result
    }
}
