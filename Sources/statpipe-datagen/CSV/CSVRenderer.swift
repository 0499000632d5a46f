/// Renders records as CSV text (RFC 4180 quoting) in a dialect, tracking physical line numbers.
///
/// Rendering is per record so that a large corpus can be streamed record by record; `render`
/// assembles a whole small file and reports the physical line each record starts on.
struct CSVRenderer {
    let dialect: CSVDialect

    /// One record with its line ending. A cell is quoted, as Excel does, only when it holds the
    /// delimiter, a quote or a line break; quotes inside are doubled.
    func record(_ cells: [String]) -> String {
        cells.map(quotedIfNeeded).joined(separator: String(dialect.delimiter)) + dialect.lineEnding.rawValue
    }

    /// The whole file as text (before encoding) and, for each data record, the physical line it
    /// starts on (header = line 1, a quoted line break counts as a line).
    func render(header: [String], records: [[String]]) -> (text: String, recordLines: [Int]) {
        var text = record(header)
        var line = 1 + Self.lineBreaks(in: text)
        var recordLines: [Int] = []
        recordLines.reserveCapacity(records.count)
        for cells in records {
            recordLines.append(line)
            let rendered = record(cells)
            line += Self.lineBreaks(in: rendered)
            text += rendered
        }
        let blankRow = record(Array(repeating: "", count: header.count))
        text += String(repeating: blankRow, count: dialect.trailingBlankRows)
        return (text, recordLines)
    }

    private func quotedIfNeeded(_ cell: String) -> String {
        let needsQuotes = cell.unicodeScalars.contains { scalar in
            scalar == "\"" || scalar == "\n" || scalar == "\r" || Character(scalar) == dialect.delimiter
        }
        guard needsQuotes else { return cell }
        return "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
    }

    private static func lineBreaks(in text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    }
}

extension String {
    /// The text with every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
