import StatpipeCore

extension CivilDate {
    /// A date of the generator's own tables; traps on an impossible one, which would be a bug in those tables.
    init(_ year: Int, _ month: Int, _ day: Int) {
        guard let date = CivilDate(year: year, month: month, day: day) else {
            preconditionFailure("invalid date \(year)-\(month)-\(day)")
        }
        self = date
    }

    /// The date `days` days later (earlier when negative).
    func adding(days: Int) -> CivilDate {
        guard let date = CivilDate(daysSinceEpoch: daysSinceEpoch + days) else {
            preconditionFailure("date arithmetic left the supported years: \(self) + \(days) days")
        }
        return date
    }
}
