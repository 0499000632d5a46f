import ArgumentParser
import StatpipeCSV
import StatpipeEngine

/// The `--delimiter`, `--encoding` and `--sheet` options shared by commands that read files.
struct IngestOptionGroup: ParsableArguments {
    @Option(help: "Field separator: , ; | or tab (default: sniffed from the header line).")
    var delimiter: String?

    @Option(help: "Encoding for bytes that are not valid UTF-8: windows-1258 (default), windows-1252, utf-8.")
    var encoding: String?

    @Option(help: "Worksheet of an .xlsx workbook (default: the first).")
    var sheet: String?

    mutating func validate() throws {
        if let delimiter, CSVDelimiter(spelling: delimiter) == nil {
            throw ValidationError("--delimiter must be one of , ; | tab (got \"\(delimiter)\")")
        }
        if let encoding, TextEncoding(declaredName: encoding) == nil {
            throw ValidationError("--encoding must be windows-1258, windows-1252 or utf-8 (got \"\(encoding)\")")
        }
    }

    /// The options as the engine takes them (already validated).
    var ingestOptions: IngestOptions {
        IngestOptions(
            delimiter: delimiter.flatMap(CSVDelimiter.init(spelling:)),
            declaredEncoding: encoding.flatMap(TextEncoding.init(declaredName:)),
            sheet: sheet
        )
    }
}
