import StatpipeCSV
import StatpipeCore

/// Opens an input file with the reader its format needs.
public enum TableOpener {
    /// Opens `path` and reads its header.
    ///
    /// A `.xlsx` file (by its extension, case-insensitive) is read as a workbook: its sheet
    /// `options.sheet`, or its first sheet. The text settings (`delimiter`, `encoding`) do
    /// not apply to a workbook and are ignored, so one override can cover a district's CSV
    /// and XLSX files alike; numbers are written with `options.numberFormat`'s decimal mark
    /// so they parse back to the same values under it.
    ///
    /// - Parameters:
    ///   - path: The file on disk.
    ///   - displayPath: How messages name it (default: `path`); a workbook's reader adds the
    ///     sheet (`book.xlsx#Sheet1`).
    ///   - options: Per-file ingest settings.
    /// - Throws: ``StatpipeError`` — `io` for unreadable files, `invalidData` for malformed
    ///   ones (a workbook breaking a safety limit included), `usage` for options that do not
    ///   apply to the file or a sheet the workbook does not have.
    public static func open(
        _ path: String,
        displayPath: String? = nil,
        options: IngestOptions = IngestOptions()
    ) throws(StatpipeError) -> any TableReader {
        let name = displayPath ?? path
        if path.lowercased().hasSuffix(".xlsx") {
            do {
                return try XLSXSheetReader(
                    path: path,
                    displayPath: name,
                    sheet: options.sheet,
                    decimalMark: options.numberFormat.decimalMark.asciiValue ?? UInt8(ascii: "."),
                    chunkSize: options.chunkSize
                )
            } catch {
                throw error.statpipeError
            }
        }
        if options.sheet != nil {
            throw StatpipeError(.usage, "\(name): --sheet applies to .xlsx workbooks only")
        }
        do {
            return try CSVFileReader(path: path, displayPath: name, options: options.csvOptions)
        } catch {
            throw StatpipeError(error)
        }
    }
}
