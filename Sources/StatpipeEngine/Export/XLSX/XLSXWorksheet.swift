import StatpipeCore

/// One worksheet to write: a bold, frozen header row and rows of cells.
///
/// Text cells are written as text (guarded against formulas by the writer), numbers as
/// numeric cells, and an undefined figure (`.number("")`) as an empty cell.
public struct XLSXWorksheet: Sendable, Equatable {
    /// The wanted name; the writer makes it valid for Excel (31 characters, no `[]:*?/\`).
    public let name: String
    /// The header row; empty for a sheet without one (then nothing is frozen).
    public let header: [String]
    public let rows: [[TableCell]]

    public init(name: String, header: [String], rows: [[TableCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// A summary table as a worksheet of the same name and columns.
    public init(_ table: SummaryTable) {
        self.init(name: table.name, header: table.columns, rows: table.rows)
    }
}
