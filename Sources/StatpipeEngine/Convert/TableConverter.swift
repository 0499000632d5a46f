import StatpipeCSV
import StatpipeCore

/// Writes an input's records out as normalized UTF-8 (SPEC §1 `convert`): the ingest path
/// with nothing after it.
public enum TableConverter {
    /// The most ragged-row warnings printed for one file before they are only counted.
    static let warningLimit = 20

    /// Converts every record of `reader` to `format` on `output`.
    ///
    /// Rows with more or fewer cells than the header are written as they are and reported
    /// through `warn`. In JSON Lines a short row leaves its missing keys out and an extra
    /// cell is keyed by its 1-based position prefixed with `_` (`"_5"`), so nothing is lost.
    public static func convert(
        _ reader: any TableReader,
        to format: ConvertFormat,
        output: BufferedOutput,
        warn: (String) -> Void
    ) throws(StatpipeError) {
        let header = reader.header
        let keys = header.map(JSONValue.quoted)
        var raggedRows = 0
        // Records before a malformed one are still written (a stream consumer sees how far
        // the file was good); the exit code says the conversion failed.
        defer { try? output.flush() }
        if format == .csv { try output.write(CSVLineEncoder.encode(header) + "\n") }
        try reader.forEachCheckedRecord { (record) throws(StatpipeError) in
            if record.count != header.count {
                raggedRows += 1
                if raggedRows <= warningLimit {
                    warn("\(reader.displayPath):\(record.line): warning: \(record.count) cells, the header has \(header.count)")
                }
            }
            switch format {
            case .csv: try output.write(CSVLineEncoder.encode(record.strings()) + "\n")
            case .jsonl: try output.write(jsonLine(record, keys: keys) + "\n")
            }
        }
        if raggedRows > warningLimit {
            warn("\(reader.displayPath): warning: \(raggedRows) rows in all have a cell count unlike the header")
        }
        try output.flush()
    }

    private static func jsonLine(_ record: CSVRecord, keys: [String]) -> String {
        var line = "{"
        for index in 0..<record.count {
            if index > 0 { line += "," }
            line += index < keys.count ? keys[index] : JSONValue.quoted("_\(index + 1)")
            line += ":"
            line += JSONValue.quoted(record.string(at: index))
        }
        return line + "}"
    }
}
