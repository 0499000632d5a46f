/// Records built from strings, for inputs that libcsv does not parse (workbook sheets), so
/// that every reader hands the same ``CSVRecord`` views to what comes after ingest.
public struct RecordBuffer {
    private var batch = RecordBatch()

    public init() {}

    /// The number of records buffered.
    public var count: Int { batch.count }

    /// Appends one record: its cells and the line (sheet row) where it starts.
    public mutating func append(_ cells: [String], line: Int) {
        for cell in cells {
            batch.bytes.append(contentsOf: cell.utf8)
            batch.fieldEnds.append(batch.bytes.count)
        }
        batch.recordEnds.append(batch.fieldEnds.count)
        batch.recordLines.append(line)
        batch.textIssues.append(nil)
    }

    /// Calls `body` with each buffered record, in order; the views are valid only inside it.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) rethrows {
        try batch.forEachRecord(body)
    }

    /// Empties the buffer, keeping its storage.
    public mutating func removeAll() {
        batch.removeFinishedRecords()
    }
}
