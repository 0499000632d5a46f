/// A calendar date without time or zone (proleptic Gregorian), as statistical tables use them.
struct CalendarDate: Hashable, Comparable, CustomStringConvertible {
    let year: Int
    let month: Int
    let day: Int

    /// A date; traps on an impossible one, which would be a bug in the generator's tables.
    init(_ year: Int, _ month: Int, _ day: Int) {
        precondition((1...12).contains(month) && (1...Self.daysIn(month: month, year: year)).contains(day),
                     "invalid date \(year)-\(month)-\(day)")
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO `YYYY-MM-DD` or day-first `DD/MM/YYYY` (SPEC §2), or nil.
    init?(parsing text: String) {
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        let dayFirst = text.split(separator: "/", omittingEmptySubsequences: false)
        let fields: (year: Substring, month: Substring, day: Substring)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2 {
            fields = (iso[0], iso[1], iso[2])
        } else if dayFirst.count == 3, dayFirst[2].count == 4, (1...2).contains(dayFirst[0].count),
                  (1...2).contains(dayFirst[1].count) {
            fields = (dayFirst[2], dayFirst[1], dayFirst[0])
        } else {
            return nil
        }
        guard let year = Int(asciiDigits: fields.year), let month = Int(asciiDigits: fields.month),
              let day = Int(asciiDigits: fields.day), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year, month, day)
    }

    /// The number of days in `month` of `year`.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The same day `months` later, or the month's last day when it is shorter (2020-02-29 + 36 → 2023-02-28).
    func adding(months: Int) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        return CalendarDate(newYear, newMonth, min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01 (Howard Hinnant's civil-from-days).
    init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The date `days` days later (earlier when negative).
    func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The quarter this date falls in.
    var quarter: Quarter {
        Quarter(year, (month - 1) / 3 + 1)
    }

    /// ISO `YYYY-MM-DD`.
    var description: String {
        "\(year)-\(month.zeroPadded(2))-\(day.zeroPadded(2))"
    }

    /// Day-first `DD/MM/YYYY`, as Vietnamese Excel writes dates.
    var dayFirst: String {
        "\(day.zeroPadded(2))/\(month.zeroPadded(2))/\(year)"
    }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension Int {
    /// Parses a non-empty run of ASCII digits only (no sign, no spaces).
    init?(asciiDigits text: some StringProtocol) {
        guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(text) else {
            return nil
        }
        self = value
    }

    /// The decimal digits, left-padded with zeros to `width`.
    func zeroPadded(_ width: Int) -> String {
        let digits = String(self)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}
