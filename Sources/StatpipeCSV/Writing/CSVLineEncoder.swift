import Foundation

/// Writes fields as one RFC 4180 CSV record.
///
/// A field is quoted only when it must be: it holds the separator, a quote, CR or LF.
/// Quotes inside are doubled. No line terminator is added: callers choose `\n` or `\r\n`.
public enum CSVLineEncoder {
    /// `fields` as one CSV record.
    public static func encode(_ fields: some Sequence<String>, delimiter: CSVDelimiter = .comma) -> String {
        var line = ""
        var isFirst = true
        for field in fields {
            if !isFirst { line.unicodeScalars.append(UnicodeScalar(delimiter.byte)) }
            isFirst = false
            append(field, delimiter: delimiter, to: &line)
        }
        return line
    }

    /// Appends one field, quoted if needed, to `line`.
    public static func append(_ field: String, delimiter: CSVDelimiter = .comma, to line: inout String) {
        let needsQuotes = field.utf8.contains { byte in
            byte == delimiter.byte || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
        }
        guard needsQuotes else {
            line += field
            return
        }
        line += "\""
        line += field.replacingOccurrences(of: "\"", with: "\"\"")
        line += "\""
    }
}
