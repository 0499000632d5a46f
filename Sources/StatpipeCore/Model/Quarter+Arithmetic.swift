extension Quarter {
    /// The quarter holding `date`.
    public init(containing date: CivilDate) {
        guard let quarter = Quarter(year: date.year, number: (date.month - 1) / 3 + 1) else {
            preconditionFailure("a valid date always lies in a quarter")
        }
        self = quarter
    }

    /// The last quarter that ended before `today` (SPEC §1: the default period, `latest`).
    public static func lastEnded(before today: CivilDate) -> Quarter {
        Quarter(containing: today).advanced(by: -1)
    }

    /// The quarter `count` quarters later (earlier when negative): Q−4 is `advanced(by: -4)`.
    public func advanced(by count: Int) -> Quarter {
        let index = year * 4 + (number - 1) + count
        guard let quarter = Quarter(year: index / 4, number: index % 4 + 1) else {
            preconditionFailure("quarter arithmetic left the supported years: \(self) + \(count)")
        }
        return quarter
    }

    /// The first day of the quarter.
    public var startDate: CivilDate {
        guard let date = CivilDate(year: year, month: (number - 1) * 3 + 1, day: 1) else {
            preconditionFailure("a quarter always has a first day")
        }
        return date
    }

    /// The last day of the quarter.
    public var endDate: CivilDate {
        let month = number * 3
        guard let date = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)) else {
            preconditionFailure("a quarter always has a last day")
        }
        return date
    }

    /// Q1 … this quarter of the same year, in order (the year-to-date span).
    public var yearToDate: [Quarter] {
        (1...number).compactMap { Quarter(year: year, number: $0) }
    }
}
