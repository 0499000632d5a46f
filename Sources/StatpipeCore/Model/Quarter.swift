/// A calendar quarter, the reporting period of every statpipe summary.
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    /// 1 to 4.
    public let number: Int

    /// A quarter, or nil when `number` is not 1…4 or the year is out of range.
    public init?(year: Int, number: Int) {
        guard (1...9999).contains(year), (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses the four spellings of SPEC §1, case-insensitive: `2025-Q1`, `2025Q1`, `Q1/2025`, `Q1-2025`.
    public init?(parsing text: some StringProtocol) {
        self.init(utf8: text.utf8)
    }

    /// Parses a quarter from UTF-8 bytes (the hot path never makes a `String` for it).
    public init?(utf8 bytes: some Collection<UInt8>) {
        let parsed = bytes.withContiguousStorageIfAvailable(Self.parse) ?? Array(bytes).withUnsafeBufferPointer(Self.parse)
        guard let parsed else { return nil }
        self = parsed
    }

    private static func parse(_ text: UnsafeBufferPointer<UInt8>) -> Quarter? {
        let isQ = { (byte: UInt8) in byte == UInt8(ascii: "Q") || byte == UInt8(ascii: "q") }
        let yearStart: Int
        let numberAt: Int
        switch text.count {
        case 6 where isQ(text[4]):  // 2025Q1
            (yearStart, numberAt) = (0, 5)
        case 7 where text[4] == UInt8(ascii: "-") && isQ(text[5]):  // 2025-Q1
            (yearStart, numberAt) = (0, 6)
        case 7 where isQ(text[0]) && (text[2] == UInt8(ascii: "/") || text[2] == UInt8(ascii: "-")):  // Q1/2025, Q1-2025
            (yearStart, numberAt) = (3, 1)
        default:
            return nil
        }
        let year = UnsafeBufferPointer(rebasing: text[yearStart..<yearStart + 4])
        guard let yearValue = Int(digitBytes: year), let numberValue = Int(digitBytes: CollectionOfOne(text[numberAt])) else {
            return nil
        }
        return Quarter(year: yearValue, number: numberValue)
    }

    /// The canonical spelling used in every output: `2025-Q1`.
    public var description: String { "\(year)-Q\(number)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}
