import StatpipeCSV
import StatpipeCore

/// Reads a whole file once and describes it: encoding, separator, header, counts, types.
public enum FileInspector {
    /// Inspects `path`, streaming its records (memory does not grow with the file).
    public static func inspect(
        _ path: String,
        displayPath: String? = nil,
        options: IngestOptions = IngestOptions()
    ) throws(StatpipeError) -> FileInspection {
        let reader = try TableOpener.open(path, displayPath: displayPath, options: options)
        var guessers = [ColumnTypeGuesser](repeating: ColumnTypeGuesser(), count: reader.header.count)
        var rows = 0
        try reader.forEachCheckedRecord { record in
            rows += 1
            for index in 0..<min(record.count, guessers.count) {
                guessers[index].observe(record.string(at: index))
            }
        }
        return FileInspection(
            path: reader.displayPath,
            encoding: reader.encodingName,
            delimiter: reader.delimiterName,
            header: reader.header,
            rows: rows,
            blankRows: reader.blankRows,
            columns: zip(reader.header, guessers).map { FileInspection.Column(name: $0, type: $1.guess) },
            sheets: (reader as? XLSXSheetReader)?.sheetNames
        )
    }
}
