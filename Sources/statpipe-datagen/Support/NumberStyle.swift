/// How one file writes decimal numbers: separators and fraction digits.
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

    /// The value written in this style.
    func format(_ value: Thousandths) -> String {
        let magnitude = value.raw.magnitude
        var integer = String(magnitude / 1000)
        if let groupingSeparator {
            integer = Self.grouped(integer, by: groupingSeparator)
        }
        var fractionDigits = Int(magnitude % 1000).zeroPadded(3)
        if fraction == .trimmed {
            while fractionDigits.last == "0" { fractionDigits.removeLast() }
        }
        let sign = value.raw < 0 ? "-" : ""
        return fractionDigits.isEmpty ? sign + integer : sign + integer + String(decimalSeparator) + fractionDigits
    }

    /// Reads a number written in this style (grouping optional), or nil when it is not one.
    /// More than three fraction digits is not a value this generator writes, so it is nil too.
    func parse(_ text: String) -> Thousandths? {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: decimalSeparator, maxSplits: 1, omittingEmptySubsequences: false)
        var integerText = String(parts[0])
        if let groupingSeparator, integerText.contains(groupingSeparator) {
            let groups = integerText.split(separator: groupingSeparator, omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            integerText = groups.joined()
        }
        let fractionText = parts.count == 2 ? String(parts[1]) : ""
        guard let integer = Int64(asciiDigits: integerText), fractionText.count <= 3,
              fractionText.isEmpty || Int64(asciiDigits: fractionText) != nil
        else { return nil }
        let fraction = Int64(asciiDigits: fractionText + String(repeating: "0", count: 3 - fractionText.count)) ?? 0
        let raw = integer * 1000 + (parts.count == 2 ? fraction : 0)
        return Thousandths(raw: negative ? -raw : raw)
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

extension Int64 {
    /// Parses a non-empty run of ASCII digits only (no sign, no spaces).
    init?(asciiDigits text: some StringProtocol) {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int64(text) else {
            return nil
        }
        self = value
    }
}
