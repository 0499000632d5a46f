/// A decimal number held exactly: an integer significand and a count of decimal places.
///
/// Statistical figures are computed from decimal inputs and rounded once when printed
/// (SPEC §5); binary floating point would misprint ties (`0.125` → `0.12`). 128-bit
/// significands hold any VND figure with room to spare for sums over millions of rows.
public struct ExactDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The value times 10^`scale`.
    public let significand: Int128
    /// Digits after the decimal point.
    public let scale: Int

    public init(significand: Int128, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    public static let zero = ExactDecimal(significand: 0, scale: 0)

    /// Parses plain decimal text written with `format` (`-1.234,5` when the mark is `,` and
    /// the group `.`); no exponent, at most one sign, at least one digit.
    public init?(parsing text: some StringProtocol, format: NumberFormat = NumberFormat()) {
        self.init(utf8: text.utf8, format: format)
    }

    /// Parses plain decimal text from its UTF-8 bytes: the hot path of validation, which
    /// never makes a `String` for a number cell.
    public init?(utf8 bytes: some Collection<UInt8>, format: NumberFormat = NumberFormat()) {
        self.init(utf8: bytes, marks: format.marks)
    }

    /// Parses plain decimal text from its UTF-8 bytes with marks resolved once per file.
    public init?(utf8 bytes: some Collection<UInt8>, marks: NumberFormat.Marks) {
        let decimalMark = marks.decimal
        let groupMark = marks.group
        var significand: Int128 = 0
        var scale = 0
        var sawDigit = false
        var sawMark = false
        var negative = false
        var index = bytes.startIndex
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index = bytes.index(after: index)
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                guard significand <= (Int128.max - 9) / 10 else { return nil }
                significand = significand * 10 + Int128(byte - UInt8(ascii: "0"))
                sawDigit = true
                if sawMark { scale += 1 }
            } else if byte == decimalMark, !sawMark {
                sawMark = true
            } else if let groupMark, byte == groupMark, !sawMark, sawDigit {
                continue
            } else {
                return nil
            }
        }
        guard sawDigit else { return nil }
        self.init(significand: negative ? -significand : significand, scale: scale)
    }

    /// The same value with `scale` decimal places (`scale` ≥ self.scale).
    public func rescaled(to scale: Int) -> ExactDecimal {
        precondition(scale >= self.scale, "rescaling would lose digits")
        if scale == self.scale { return self }
        return ExactDecimal(significand: significand * Self.powerOfTen(scale - self.scale), scale: scale)
    }

    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let scale = max(lhs.scale, rhs.scale)
        return ExactDecimal(
            significand: lhs.rescaled(to: scale).significand + rhs.rescaled(to: scale).significand, scale: scale
        )
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs + ExactDecimal(significand: -rhs.significand, scale: rhs.scale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: scale).significand < rhs.rescaled(to: scale).significand
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.rescaled(to: scale).significand == rhs.rescaled(to: scale).significand
    }

    public func hash(into hasher: inout Hasher) {
        var trimmed = self
        while trimmed.scale > 0, trimmed.significand % 10 == 0 {
            trimmed = ExactDecimal(significand: trimmed.significand / 10, scale: trimmed.scale - 1)
        }
        hasher.combine(trimmed.significand)
        hasher.combine(trimmed.scale)
    }

    /// True when the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// Plain decimal text with `.` as the mark and every stored digit (`1234.50`).
    public var description: String {
        let digits = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        return sign + padded.dropLast(scale) + "." + padded.suffix(scale)
    }

    /// 10 to the power `exponent` (0 ≤ exponent ≤ 38).
    static func powerOfTen(_ exponent: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
