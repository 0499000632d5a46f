import StatpipeCore

/// How one file writes its values: its byte dialect and its spellings of numbers, dates and quarters.
struct FileStyle {
    var dialect = CSVDialect()
    var numbers = NumberStyle.plain
    var dates = DateStyle.iso
    var periods = PeriodSpelling.canonical
    /// How an empty optional value is written: "", or one of the Hoa Binh missing marks "-" and "..".
    var missingMark = ""
    /// Whether `expires_on` is filled in with the default expiry instead of being left empty.
    var writesDefaultExpiry = false
    /// Set when the file is an Excel workbook rather than CSV; `dialect` then does not apply.
    var workbook: WorkbookLayout?

    /// The format the file is stored in.
    var format: FileFormat {
        workbook.map(FileFormat.workbook) ?? .csv(dialect)
    }
}

/// How a file writes dates (SPEC §2 accepts both).
enum DateStyle: Hashable {
    /// `2025-03-31`
    case iso
    /// `31/03/2025`, as Vietnamese Excel writes them.
    case dayFirst

    /// `date` written in this style.
    func format(_ date: CivilDate) -> String {
        switch self {
        case .iso: date.description
        case .dayFirst: "\(date.day.zeroPadded(2))/\(date.month.zeroPadded(2))/\(date.year)"
        }
    }
}
