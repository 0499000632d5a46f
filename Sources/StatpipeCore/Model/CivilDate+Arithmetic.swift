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

extension CivilDate {
    /// The date `days` after 1970-01-01: the inverse of ``daysSinceEpoch`` (Howard
    /// Hinnant's civil_from_days). Nil outside years 1…9999.
    public init?(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}
