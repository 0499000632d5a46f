import StatpipeCSV

/// Why a workbook could not be read, naming the file (and sheet, row and column where known).
///
/// Internal to the reader: at its edges it becomes a ``StatpipeError`` (opening) or a
/// `CSVReadError` (streaming), the two forms the rest of the engine already handles.
struct XLSXReadError: Error, Equatable, CustomStringConvertible {
    /// What went wrong, which decides the exit code.
    enum Kind: Equatable {
        /// The file could not be opened or read (exit 4).
        case unreadable
        /// The file is not a workbook statpipe can read, or breaks a limit (exit 1).
        case malformed
        /// The sheet the user named is not in the workbook (a usage error, exit 2).
        case unknownSheet
    }

    let kind: Kind
    /// The workbook, or `workbook#sheet`, as messages name it.
    let file: String
    /// The sheet row, when known.
    let line: Int?
    /// The 1-based sheet column, when known.
    let column: Int?
    let message: String

    init(_ kind: Kind, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, like every other reading error.
    var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }

    /// The error as the command line reports it when a workbook cannot be opened.
    var statpipeError: StatpipeError {
        switch kind {
        case .unreadable: return StatpipeError(.io, description)
        case .malformed: return StatpipeError(.invalidData, description)
        case .unknownSheet: return StatpipeError(.usage, description)
        }
    }

    /// The error as a record stream reports it, so validation rejects the rest of the sheet
    /// as a `source-error` exactly as it does for malformed CSV.
    var csvReadError: CSVReadError {
        let csvKind: CSVReadError.Kind = kind == .unreadable ? .unreadable(errno: 0) : .malformed
        return CSVReadError(kind: csvKind, file: file, line: line, column: column, message: message)
    }
}
