import Foundation
import StatpipeCSV

/// Everything a reader produced for one file, materialized for assertions.
struct ReadResult: Equatable {
    var header: [String]
    var records: [[String]]
    var lines: [Int]
    var blankRows: Int
    var encoding: TextEncoding
    var delimiter: CSVDelimiter
}

/// Reads `path` to the end with `options`.
func readAll(_ path: String, _ options: CSVReadOptions = CSVReadOptions()) throws -> ReadResult {
    let reader = try CSVFileReader(path: path, options: options)
    var records: [[String]] = []
    var lines: [Int] = []
    try reader.forEachRecord { record in
        records.append(record.strings())
        lines.append(record.line)
    }
    return ReadResult(
        header: reader.header, records: records, lines: lines, blankRows: reader.blankRows,
        encoding: reader.encoding, delimiter: reader.delimiter
    )
}

/// The path of a committed fixture file.
func fixture(_ name: String) -> String {
    Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")?.path ?? "missing fixture \(name)"
}

/// The error `body` throws, as a ``CSVReadError``, or nil.
func readError(_ body: () throws -> Void) -> CSVReadError? {
    do {
        try body()
        return nil
    } catch {
        return error as? CSVReadError
    }
}
