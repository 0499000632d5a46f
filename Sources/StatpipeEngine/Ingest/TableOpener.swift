import StatpipeCSV

/// Opens an input file with the reader its format needs.
public enum TableOpener {
    /// Opens `path` and reads its header.
    ///
    /// - Parameters:
    ///   - path: The file on disk.
    ///   - displayPath: How messages name it (default: `path`).
    ///   - options: Per-file ingest settings.
    /// - Throws: ``StatpipeError`` — `io` for unreadable files, `invalidData` for malformed
    ///   ones, `usage` for options that do not apply to the file.
    public static func open(
        _ path: String,
        displayPath: String? = nil,
        options: IngestOptions = IngestOptions()
    ) throws(StatpipeError) -> any TableReader {
        let name = displayPath ?? path
        if path.lowercased().hasSuffix(".xlsx") {
            throw StatpipeError(.invalidData, "\(name): .xlsx workbooks are not readable yet; export the sheet as CSV")
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
