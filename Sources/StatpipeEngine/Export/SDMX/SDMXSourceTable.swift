import StatpipeCore

/// A summary table read by column name, for the SDMX flows that reshape it.
struct SDMXSourceTable {
    let table: SummaryTable
    private let indexes: [String: Int]

    /// The run's table `name`.
    /// - Throws: ``StatpipeError`` (`invalidData`) naming `file` when the run has no such table.
    init(_ name: String, in context: ExportContext, for file: String) throws(StatpipeError) {
        guard let table = context.table(name) else {
            throw StatpipeError(.invalidData, "\(file): the run produced no \(name) table")
        }
        self.table = table
        indexes = Dictionary(table.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A reader of `column`'s cell in a row.
    /// - Throws: ``StatpipeError`` (`invalidData`) naming `file` when the table has no such column.
    func column(_ column: String, for file: String) throws(StatpipeError) -> @Sendable ([TableCell]) -> String {
        guard let index = indexes[column] else {
            throw StatpipeError(.invalidData, "\(file): table \(table.name) has no column \(column)")
        }
        return { row in row[index].text }
    }
}
