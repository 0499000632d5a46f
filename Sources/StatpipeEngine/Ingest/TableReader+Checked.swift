import StatpipeCSV

extension TableReader {
    /// Streams each data record, turning every reading problem into a ``StatpipeError``.
    ///
    /// For callers with nowhere to put a bad row (`convert`, `inspect`): a record whose
    /// text failed the encoding check stops the read with its line and cell, as do
    /// malformed CSV and I/O failures. Validation reads with ``forEachRecord(_:)`` instead
    /// and rejects such rows one by one.
    public func forEachCheckedRecord(_ body: (CSVRecord) throws(StatpipeError) -> Void) throws(StatpipeError) {
        do {
            try forEachRecord { record in
                if let issue = record.textIssue {
                    throw StatpipeError(.invalidData, "\(displayPath):\(record.line):\(issue.column): \(issue.message)")
                }
                try body(record)
            }
        } catch let error as StatpipeError {
            throw error
        } catch let error as CSVReadError {
            throw StatpipeError(error)
        } catch {
            throw StatpipeError(.io, "\(displayPath): \(error)")
        }
    }
}
