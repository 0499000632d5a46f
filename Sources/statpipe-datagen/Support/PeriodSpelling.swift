import StatpipeCore

/// One of the accepted ways of writing a quarter (SPEC §1), as a district's files write it.
///
/// StatpipeCore reads all four spellings (`Quarter(parsing:)`) and writes only the canonical one;
/// writing the others is the generator's job.
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

    /// `quarter` written in this spelling.
    func format(_ quarter: Quarter) -> String {
        let text = switch form {
        case .yearDashQuarter: quarter.description
        case .yearQuarter: "\(quarter.year)Q\(quarter.number)"
        case .quarterSlashYear: "Q\(quarter.number)/\(quarter.year)"
        case .quarterDashYear: "Q\(quarter.number)-\(quarter.year)"
        }
        return lowercase ? text.lowercased() : text
    }
}
