/// A calendar quarter, the reporting period of economic_accounts and of every summary.
struct Quarter: Hashable, Comparable, CustomStringConvertible {
    let year: Int
    /// 1 to 4.
    let number: Int

    init(_ year: Int, _ number: Int) {
        precondition((1...4).contains(number), "quarter number \(number)")
        self.year = year
        self.number = number
    }

    /// Parses the four spellings of SPEC §1, case-insensitive (`2025-Q1`, `2025Q1`, `Q1/2025`, `Q1-2025`), or nil.
    init?(parsing text: String) {
        let upper = text.uppercased()
        let yearText: Substring
        let numberText: Substring
        if upper.hasPrefix("Q") {
            let body = upper.dropFirst()
            guard body.count == 6, body.dropFirst().first == "/" || body.dropFirst().first == "-" else { return nil }
            numberText = body.prefix(1)
            yearText = body.suffix(4)
        } else {
            var parts = upper.split(separator: "Q", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            if parts[0].hasSuffix("-") { parts[0] = parts[0].dropLast() }
            guard parts[0].count == 4, parts[1].count == 1 else { return nil }
            yearText = parts[0]
            numberText = parts[1]
        }
        guard let year = Int(asciiDigits: yearText), let number = Int(asciiDigits: numberText),
              (1...4).contains(number)
        else { return nil }
        self.init(year, number)
    }

    /// The first day of the quarter.
    var start: CalendarDate {
        CalendarDate(year, (number - 1) * 3 + 1, 1)
    }

    /// The last day of the quarter.
    var end: CalendarDate {
        next.start.adding(days: -1)
    }

    /// The following quarter.
    var next: Quarter {
        number == 4 ? Quarter(year + 1, 1) : Quarter(year, number + 1)
    }

    /// The same quarter `years` years earlier (Q−4 for one year).
    func yearsEarlier(_ years: Int) -> Quarter {
        Quarter(year - years, number)
    }

    /// Every quarter from `first` through `last`, in order.
    static func sequence(from first: Quarter, through last: Quarter) -> [Quarter] {
        Array(Swift.sequence(first: first) { $0.next }.prefix { $0 <= last })
    }

    /// The canonical spelling, `2025-Q1`.
    var description: String {
        spelled(.canonical)
    }

    /// The quarter written in one of the spellings districts use.
    func spelled(_ spelling: PeriodSpelling) -> String {
        let text: String
        switch spelling.form {
        case .yearDashQuarter: text = "\(year)-Q\(number)"
        case .yearQuarter: text = "\(year)Q\(number)"
        case .quarterSlashYear: text = "Q\(number)/\(year)"
        case .quarterDashYear: text = "Q\(number)-\(year)"
        }
        return spelling.lowercase ? text.lowercased() : text
    }

    static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}

/// One of the accepted ways of writing a quarter (SPEC §1), as a district's files write it.
struct PeriodSpelling: Hashable {
    /// The order and separator of year and quarter.
    enum Form: Hashable {
        /// `2025-Q1`
        case yearDashQuarter
        /// `2025Q1`
        case yearQuarter
        /// `Q1/2025`
        case quarterSlashYear
        /// `Q1-2025`
        case quarterDashYear
    }

    var form: Form
    /// `2025q1` instead of `2025Q1`.
    var lowercase = false

    /// The canonical output spelling, `2025-Q1`.
    static let canonical = PeriodSpelling(form: .yearDashQuarter)
}
