import StatpipeCSV
import StatpipeCore

/// One row after the checks that need nothing but the row (shape, types, constraints).
struct CheckedRow: Sendable {
    /// The physical line where the record starts.
    let line: Int
    /// The typed row, or its first problem.
    let outcome: Result<TypedRow, RowProblem>
}

/// What a file worker sends the ordered consumer, in this order: `opened`, any number of
/// `rows`, then `finished` — or `failed` alone when the file could not be read at all.
enum FileChunk: Sendable {
    /// The file opened: how rejects name it (`book.xlsx#Sheet1` for a workbook), how it was
    /// read, and the header labels that name no field.
    case opened(source: String, encoding: String, delimiter: String?, extraLabels: [String])
    /// Checked rows, with a copy of their records (for the rejects file's `raw`).
    case rows([CheckedRow], RecordBuffer)
    /// Malformed CSV or undecodable bytes ended the file at `line` (one rejected row).
    case broken(line: Int, RowProblem)
    /// The end of the file; blank rows were passed over.
    case finished(blankRows: Int)
    /// The file could not be read (exit 4) — or could not be parsed from its first byte.
    case failed(StatpipeError)
}
