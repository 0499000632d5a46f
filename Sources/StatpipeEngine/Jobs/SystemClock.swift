import Foundation
import StatpipeCore

/// The machine's clock, read in one place so that jobs take "now" as a parameter.
public enum SystemClock {
    /// Today's date in the machine's time zone (the office's local day).
    public static func today() -> CivilDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let date = CivilDate(year: year, month: month, day: day)
        else { preconditionFailure("the system calendar gave no date") }
        return date
    }

    /// The current instant as ISO 8601 UTC with seconds (`2025-04-01T02:00:00Z`).
    public static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}
