import Foundation

/// Writes a numeric cell as the text the CSV path would give for it (SPEC §2): plain
/// decimal notation, no exponent, no float noise, integers without `.0`.
///
/// A workbook stores binary doubles. Their shortest round-trip form (Swift's
/// `description`) gives `0.1` for the double nearest 0.1, not `0.1000000000000000055…`. A
/// computed value can still carry noise past what a spreadsheet shows (`=0.1+0.2` is
/// stored as `0.30000000000000004`); Excel works and displays to 15 significant digits, so
/// a value needing more is rounded to 15, which is what Excel and LibreOffice write when
/// they export the cell to CSV (`0.3`). A value with 15 or fewer digits is unchanged.
enum XLSXPlainNumber {
    /// The precision of a spreadsheet number.
    static let significantDigits = 15

    /// `value` in plain decimal notation with `decimalMark` (`.` unless the input's
    /// `decimal:` setting says otherwise, so that the text parses back to the same number).
    static func text(_ value: Double, decimalMark: UInt8 = UInt8(ascii: ".")) -> String {
        guard value.isFinite else { return value.description }
        guard value != 0 else { return "0" }
        var parts = decompose(value.description)
        if parts.digits.count > significantDigits {
            parts = decompose(String(format: "%.\(significantDigits - 1)e", value))
        }
        return plain(parts, decimalMark: decimalMark)
    }

    /// A number as sign, significant digits (no leading or trailing zeros) and the position
    /// of the decimal point: value = 0.d₁d₂… × 10^point.
    private struct Parts {
        var negative = false
        var digits: [UInt8] = []
        var point = 0
    }

    /// Splits `-1.25e-05`, `100.0` or `3.00000000000000e-01` into ``Parts``.
    private static func decompose(_ text: String) -> Parts {
        var parts = Parts()
        var integerDigits = 0
        var sawPoint = false
        var exponentText = ""
        var inExponent = false
        for byte in text.utf8 {
            switch byte {
            case _ where inExponent:
                exponentText.append(Character(Unicode.Scalar(byte)))
            case UInt8(ascii: "-"):
                parts.negative = true
            case UInt8(ascii: "."):
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                inExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                parts.digits.append(byte)
                if !sawPoint { integerDigits += 1 }
            default:
                continue
            }
        }
        parts.point = integerDigits + (Int(exponentText) ?? 0)
        let leadingZeros = parts.digits.prefix { $0 == UInt8(ascii: "0") }.count
        parts.digits.removeFirst(leadingZeros)
        parts.point -= leadingZeros
        while parts.digits.last == UInt8(ascii: "0") { parts.digits.removeLast() }
        return parts
    }

    private static func plain(_ parts: Parts, decimalMark: UInt8) -> String {
        guard !parts.digits.isEmpty else { return "0" }
        var bytes: [UInt8] = parts.negative ? [UInt8(ascii: "-")] : []
        let zero = UInt8(ascii: "0")
        if parts.point <= 0 {
            bytes += [zero, decimalMark] + [UInt8](repeating: zero, count: -parts.point) + parts.digits
        } else if parts.point >= parts.digits.count {
            bytes += parts.digits + [UInt8](repeating: zero, count: parts.point - parts.digits.count)
        } else {
            bytes += parts.digits[..<parts.point] + [decimalMark] + parts.digits[parts.point...]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
