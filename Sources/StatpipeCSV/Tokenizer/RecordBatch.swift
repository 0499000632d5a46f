/// The records libcsv finished during one `csv_parse` call, stored back to back.
///
/// Field bytes are copied out of libcsv's reusable entry buffer into one growing byte
/// array, so a batch costs one `memcpy` per field and no allocation per field or record.
/// The batch is emptied (keeping its capacity) before the next chunk is parsed, which
/// keeps memory bounded by the chunk size plus the longest record.
struct RecordBatch: Sendable {
    /// Every field's bytes, concatenated.
    var bytes: [UInt8] = []
    /// For each field, the offset in `bytes` where it ends.
    var fieldEnds: [Int] = []
    /// For each record, the index in `fieldEnds` one past its last field.
    var recordEnds: [Int] = []
    /// For each record, the 1-based physical line where it starts.
    var recordLines: [Int] = []
    /// For each record, the problem found in its text, if the tokenizer checks text.
    var textIssues: [TextIssue?] = []

    /// The number of records in the batch.
    var count: Int { recordEnds.count }

    /// Removes the finished records but keeps the fields of the record still in progress
    /// (libcsv hands over a record's fields as they end, so a record can span chunks).
    /// Storage is kept for the next chunk.
    mutating func removeFinishedRecords() {
        let firstKeptField = recordEnds.last ?? 0
        let firstKeptByte = firstKeptField == 0 ? 0 : fieldEnds[firstKeptField - 1]
        if firstKeptField == fieldEnds.count {
            bytes.removeAll(keepingCapacity: true)
            fieldEnds.removeAll(keepingCapacity: true)
        } else if firstKeptField > 0 {
            bytes.removeSubrange(0..<firstKeptByte)
            fieldEnds.removeSubrange(0..<firstKeptField)
            for index in fieldEnds.indices { fieldEnds[index] -= firstKeptByte }
        }
        recordEnds.removeAll(keepingCapacity: true)
        recordLines.removeAll(keepingCapacity: true)
        textIssues.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with a view of record `index`.
    func withRecord<Result>(at index: Int, _ body: (CSVRecord) -> Result) -> Result {
        bytes.withUnsafeBytes { allBytes in
            fieldEnds.withUnsafeBufferPointer { allEnds in
                let firstField = index == 0 ? 0 : recordEnds[index - 1]
                return body(CSVRecord(
                    line: recordLines[index],
                    bytes: allBytes,
                    fieldEnds: UnsafeBufferPointer(rebasing: allEnds[firstField..<recordEnds[index]]),
                    firstByte: firstField == 0 ? 0 : allEnds[firstField - 1],
                    textIssue: textIssues[index]
                ))
            }
        }
    }

    /// Calls `body` with a view of each record from `start` on, in order.
    ///
    /// The views are valid only inside `body`.
    func forEachRecord(from start: Int = 0, _ body: (CSVRecord) throws -> Void) rethrows {
        try bytes.withUnsafeBytes { allBytes in
            try fieldEnds.withUnsafeBufferPointer { allEnds in
                var firstField = start == 0 ? 0 : recordEnds[start - 1]
                for index in start..<recordEnds.count {
                    let endField = recordEnds[index]
                    let record = CSVRecord(
                        line: recordLines[index],
                        bytes: allBytes,
                        fieldEnds: UnsafeBufferPointer(rebasing: allEnds[firstField..<endField]),
                        firstByte: firstField == 0 ? 0 : allEnds[firstField - 1],
                        textIssue: textIssues[index]
                    )
                    try body(record)
                    firstField = endField
                }
            }
        }
    }
}
