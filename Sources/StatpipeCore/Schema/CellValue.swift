/// A cell parsed to its field's type.
public enum CellValue: Hashable, Sendable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case number(ExactDecimal)
    case date(CivilDate)
    case quarter(Quarter)

    /// Parses `text` as `type`; nil when the text is not of that type.
    public static func parse(_ text: String, as type: FieldType, format: NumberFormat) -> CellValue? {
        switch type {
        case .string:
            return .string(text)
        case .integer:
            guard let decimal = ExactDecimal(parsing: text, format: format), decimal.scale == 0,
                let value = Int(exactly: decimal.significand)
            else { return nil }
            return .integer(value)
        case .number:
            return ExactDecimal(parsing: text, format: format).map(CellValue.number)
        case .date:
            return CivilDate(parsing: text).map(CellValue.date)
        case .quarter:
            return Quarter(parsing: text).map(CellValue.quarter)
        }
    }

    /// The canonical text of the value: what keys compare and outputs print.
    public var description: String {
        switch self {
        case .string(let text): return text
        case .integer(let value): return String(value)
        case .number(let value): return value.description
        case .date(let value): return value.description
        case .quarter(let value): return value.description
        }
    }

    /// Appends the canonical text's UTF-8 bytes (what ``description`` gives), without
    /// formatting a `String` for the common cases.
    public func appendCanonical(to bytes: inout [UInt8]) {
        switch self {
        case .string(let text): bytes.append(contentsOf: text.utf8)
        case .quarter(let quarter):
            Self.appendDigits(quarter.year, to: &bytes)
            bytes.append(contentsOf: [UInt8(ascii: "-"), UInt8(ascii: "Q"), UInt8(ascii: "0") + UInt8(quarter.number)])
        case .integer(let value) where value >= 0: Self.appendDigits(value, to: &bytes)
        default: bytes.append(contentsOf: description.utf8)
        }
    }

    private static func appendDigits(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Orders two values of the same type; nil for values of different types or strings.
    public func compare(to other: CellValue) -> Bool? {
        switch (self, other) {
        case (.integer(let a), .integer(let b)): return a < b
        case (.number(let a), .number(let b)): return a < b
        case (.integer(let a), .number(let b)): return ExactDecimal(significand: Int128(a), scale: 0) < b
        case (.number(let a), .integer(let b)): return a < ExactDecimal(significand: Int128(b), scale: 0)
        case (.date(let a), .date(let b)): return a < b
        case (.quarter(let a), .quarter(let b)): return a < b
        default: return nil
        }
    }

    /// The value as a string, or nil.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value as an integer, or nil.
    public var integerValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The value as a decimal (integers too), or nil.
    public var decimalValue: ExactDecimal? {
        switch self {
        case .number(let value): return value
        case .integer(let value): return ExactDecimal(significand: Int128(value), scale: 0)
        default: return nil
        }
    }

    /// The value as a date, or nil.
    public var dateValue: CivilDate? {
        if case .date(let value) = self { return value }
        return nil
    }

    /// The value as a quarter, or nil.
    public var quarterValue: Quarter? {
        if case .quarter(let value) = self { return value }
        return nil
    }
}
