import StatpipeCore

/// The rows of one summary table, read by column name as ``RunDigest`` does.
///
/// The bulletin never recomputes a figure: it prints the cell text the CSV prints, and
/// charts scale from the same cell. A missing table or column reads as empty (undefined),
/// so a bulletin still renders when a table is absent.
struct SummaryRows: Sendable {
    /// One row: its cells looked up by column name.
    struct Row: Sendable {
        let columns: [String]
        let cells: [TableCell]

        /// The cell's text as the CSV prints it; empty for an undefined figure or an
        /// unknown column.
        subscript(_ column: String) -> String {
            guard let index = columns.firstIndex(of: column), index < cells.count else { return "" }
            return cells[index].text
        }

        /// The cell as a number for drawing a chart; nil when undefined or not a number.
        func value(_ column: String) -> Double? {
            let text = self[column]
            return text.isEmpty ? nil : Double(text).flatMap { $0.isFinite ? $0 : nil }
        }
    }

    /// The rows in table order.
    let rows: [Row]

    /// Reads `table`; nil (a table the run did not produce) gives no rows.
    init(_ table: SummaryTable?) {
        rows = (table?.rows ?? []).map { Row(columns: table?.columns ?? [], cells: $0) }
    }

    /// The rows whose `column` is `value`, in table order.
    func filter(_ column: String, _ value: String) -> [Row] { rows.filter { $0[column] == value } }

    /// The first row whose `column` is `value`.
    func first(_ column: String, _ value: String) -> Row? { rows.first { $0[column] == value } }
}
