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
        let upper = text.uppercased()
        let yearFirst = upper.split(separator: "Q", omittingEmptySubsequences: false)
        if upper.first != "Q", yearFirst.count == 2 {
            var year = Substring(yearFirst[0])
            if year.hasSuffix("-") { year = year.dropLast() }
            guard year.count == 4, yearFirst[1].count == 1, let y = Int(digits: year), let q = Int(digits: yearFirst[1])
            else { return nil }
            self.init(year: y, number: q)
            return
        }
        guard upper.first == "Q", upper.count == 7 else { return nil }
        let body = upper.dropFirst()
        let separator = body[body.index(after: body.startIndex)]
        guard separator == "/" || separator == "-", let q = Int(digits: body.prefix(1)),
            let y = Int(digits: body.suffix(4))
        else { return nil }
        self.init(year: y, number: q)
    }

    /// The canonical spelling used in every output: `2025-Q1`.
    public var description: String { "\(year)-Q\(number)" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}
