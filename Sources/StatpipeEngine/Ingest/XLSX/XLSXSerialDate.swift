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
        return CivilDate(daysSinceEpoch: unixDay)?.description
    }
}
