import StatpipeCore

/// Turns a spreadsheet date serial (days since the workbook's epoch) into ISO `YYYY-MM-DD`.
///
/// The 1900 date system (the default) counts 1900-01-01 as day 1 and, copying Lotus 1-2-3,
/// believes 1900 was a leap year: serial 60 is the fictitious 1900-02-29 and every later
/// serial is one day ahead of the calendar. The 1904 system (`date1904="1"`, old Mac
/// Excel) counts 1904-01-01 as day 0 and has no such day.
enum XLSXSerialDate {
    /// The last serial Excel shows as a date in the 1900 system: 9999-12-31.
    static let maxSerial1900 = 2_958_465
    /// Days from the 1900 system's epoch to the 1904 system's.
    static let offset1904 = 1_462
    /// Serial 25,569 is 1970-01-01 in the 1900 system.
    private static let unixEpochSerial = 25_569

    /// The ISO date of `serial`, or nil when no date shows it (before day 1 in the 1900
    /// system, before day 0 in the 1904 system, after 9999-12-31).
    ///
    /// A date-time keeps its day: the time is dropped after rounding to the millisecond
    /// (as Excel displays), so 23:59:59.9996 computed in floating point is still that day.
    static func isoDate(_ serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite else { return nil }
        let milliseconds = (serial * 86_400_000).rounded()
        let whole = (milliseconds / 86_400_000).rounded(.down)
        guard abs(whole) < Double(maxSerial1900 * 2), let day = Int(exactly: whole) else { return nil }
        let unixDay: Int
        if uses1904 {
            guard (0...(maxSerial1900 - offset1904)).contains(day) else { return nil }
            unixDay = day + offset1904 - unixEpochSerial
        } else {
            guard (1...maxSerial1900).contains(day) else { return nil }
            if day == 60 { return "1900-02-29" }
            // Before the fictitious day the serials are one lower than the calendar's count.
            unixDay = day - unixEpochSerial + (day < 60 ? 1 : 0)
        }
        return civilDate(daysSinceUnixEpoch: unixDay)?.description
    }

    /// The calendar date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`, the
    /// inverse of ``CivilDate/daysSinceEpoch``).
    static func civilDate(daysSinceUnixEpoch days: Int) -> CivilDate? {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CivilDate(year: year, month: month, day: day)
    }
}
