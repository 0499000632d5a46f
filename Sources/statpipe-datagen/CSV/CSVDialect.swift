/// The byte-level shape of one CSV file: encoding, delimiter, line ending, Excel's trailing blank rows.
struct CSVDialect: Hashable {
    /// The record terminator.
    enum LineEnding: String, Hashable {
        case lf = "\n"
        case crlf = "\r\n"
    }

    var encoding: FileEncoding = .utf8
    var delimiter: Character = ","
    var lineEnding: LineEnding = .lf
    /// Rows with every cell empty (`,,,,,`) after the data, as Excel writes rows that were once formatted.
    var trailingBlankRows = 0

    /// A human description for the README: `UTF-8 with BOM, ";" delimiter, CRLF`.
    var summary: String {
        let encodingName = switch encoding {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with BOM"
        case .utf16LEWithBOM: "UTF-16LE with BOM"
        case .windows1258: "windows-1258"
        }
        let delimiterName = delimiter == "\t" ? "tab" : "`\(delimiter)`"
        let blanks = trailingBlankRows > 0 ? ", \(trailingBlankRows) trailing blank rows" : ""
        return "\(encodingName), \(delimiterName), \(lineEnding == .lf ? "LF" : "CRLF")\(blanks)"
    }
}
