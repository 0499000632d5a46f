/// Records built from strings, for inputs that libcsv does not parse (workbook sheets), so
/// that every reader hands the same ``CSVRecord`` views to what comes after ingest.
public struct RecordBuffer: Sendable {
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

    /// Appends a copy of `record` (its cells' bytes, line and text issue).
    public mutating func append(_ record: CSVRecord) {
        for index in 0..<record.count {
            batch.bytes.append(contentsOf: record[index])
            batch.fieldEnds.append(batch.bytes.count)
        }
        batch.recordEnds.append(batch.fieldEnds.count)
        batch.recordLines.append(record.line)
        batch.textIssues.append(record.textIssue)
    }

    /// Record `index` re-encoded as one CSV line (what rejects files call `raw`).
    public func raw(at index: Int) -> String {
        batch.withRecord(at: index) { CSVLineEncoder.encode($0.strings()) }
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
