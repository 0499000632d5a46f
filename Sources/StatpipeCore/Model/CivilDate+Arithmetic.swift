extension CivilDate {
    /// The same day `months` months later, or the month's last day when it is shorter
    /// (SPEC §3: 2020-02-29 + 36 months = 2023-02-28; 2022-11-30 + 36 months = 2025-11-30).
    public func addingMonths(_ months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, CivilDate.daysIn(month: newMonth, year: newYear))
        guard let date = CivilDate(year: newYear, month: newMonth, day: newDay) else {
            preconditionFailure("date arithmetic left the supported years: \(self) + \(months) months")
        }
        return date
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The number of days from `earlier` to this date.
    public func days(since earlier: CivilDate) -> Int { daysSinceEpoch - earlier.daysSinceEpoch }
}
