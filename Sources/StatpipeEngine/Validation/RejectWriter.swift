import StatpipeCore

/// Writes `validation/rejects/DATASET.csv` (SPEC §4), one line per rejected row.
final class RejectWriter {
    static let header = ["source_file", "row_number", "error_code", "field", "message", "raw"]

    private let file: OutputFile

    /// Creates the file and writes its header.
    init(path: String, byteOrderMark: Bool) throws(StatpipeError) {
        file = try OutputFile(path: path)
        if byteOrderMark { try file.write(bytes: CSVOutputTable.byteOrderMark) }
        try file.write(CSVOutputTable.headerLine(Self.header))
    }

    /// Writes one rejected row; `raw` is the record re-encoded as one CSV line.
    func write(sourceFile: String, rowNumber: Int, problem: RowProblem, raw: String) throws(StatpipeError) {
        try file.write(CSVOutputTable.line([
            .text(sourceFile), .number(String(rowNumber)), .text(problem.code.rawValue), .text(problem.field),
            .text(problem.message), .text(raw),
        ]))
    }

    func close() throws(StatpipeError) { try file.close() }
}
