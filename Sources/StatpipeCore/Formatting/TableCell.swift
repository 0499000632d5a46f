/// A cell of an output table: text, or a number already formatted exactly.
///
/// Numbers stay numbers in every format (numeric XLSX cells, unguarded CSV), and an
/// undefined figure is `.number("")`: an empty cell, never 0, NaN or inf (SPEC §5).
public enum TableCell: Sendable, Hashable {
    case text(String)
    /// A number as printed (`12.76`), or empty when the figure is undefined.
    case number(String)

    /// An integer count.
    public static func count(_ value: Int) -> TableCell { .number(String(value)) }

    /// An undefined figure.
    public static let undefined = TableCell.number("")

    /// The cell's text as a CSV prints it (before any formula guard).
    public var text: String {
        switch self {
        case .text(let value), .number(let value): return value
        }
    }
}

/// One summary table: a name (its file name), the columns of SPEC §5 and the rows.
public struct SummaryTable: Sendable, Equatable {
    public let name: String
    public let columns: [String]
    public private(set) var rows: [[TableCell]] = []

    public init(name: String, columns: [String]) {
        self.name = name
        self.columns = columns
    }

    /// Adds a row; it must have one cell per column.
    public mutating func append(_ row: [TableCell]) {
        precondition(row.count == columns.count, "\(name): row of \(row.count) cells for \(columns.count) columns")
        rows.append(row)
    }
}
