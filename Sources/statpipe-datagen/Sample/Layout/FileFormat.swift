/// How a sample file stores its table: delimited text, or an Excel workbook.
enum FileFormat: Hashable {
    /// A CSV file in a dialect (its encoding, delimiter, line ends and trailing blank rows).
    case csv(CSVDialect)
    /// An `.xlsx` workbook whose data sheet holds the table.
    case workbook(WorkbookLayout)

    /// The README's description: `UTF-8 with BOM, `,`, LF`, or the workbook's sheets.
    var summary: String {
        switch self {
        case .csv(let dialect): dialect.summary
        case .workbook(let layout): layout.summary
        }
    }
}
