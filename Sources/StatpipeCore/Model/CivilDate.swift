/// A calendar date without time or zone, as statistical tables use them.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid proleptic Gregorian date, or nil (`2025-02-29` is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO `YYYY-MM-DD` or day-first `DD/MM/YYYY` (never month-first: `03/04/2025` is 3 April).
    public init?(parsing text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// Parses a date from UTF-8 bytes (the hot path never makes a `String` for a date cell).
    public init?(utf8 bytes: some Collection<UInt8>) {
        let parts = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        if parts.count == 3 {
            guard parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, let year = Int(digitBytes: parts[0]),
                let month = Int(digitBytes: parts[1]), let day = Int(digitBytes: parts[2])
            else { return nil }
            self.init(year: year, month: month, day: day)
            return
        }
        let slashed = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard slashed.count == 3, (1...2).contains(slashed[0].count), (1...2).contains(slashed[1].count),
            slashed[2].count == 4, let day = Int(digitBytes: slashed[0]), let month = Int(digitBytes: slashed[1]),
            let year = Int(digitBytes: slashed[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO `YYYY-MM-DD`.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension Int {
    /// Parses a run of ASCII digits only (no sign, no spaces), unlike `Int.init(_:)`.
    init?(digits: some StringProtocol) {
        self.init(digitBytes: digits.utf8)
    }

    /// Parses a short run of ASCII digit bytes (at most 18, so it cannot overflow).
    init?(digitBytes bytes: some Collection<UInt8>) {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        self = value
    }
}
