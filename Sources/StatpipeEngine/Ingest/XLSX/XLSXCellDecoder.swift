/// Turns a cell's stored value into the text the CSV path would give for it (SPEC §2).
///
/// | cell | text |
/// |---|---|
/// | number, General or any non-date format | plain decimal (``XLSXPlainNumber``) |
/// | number with a date format | ISO `YYYY-MM-DD` (``XLSXSerialDate``) |
/// | shared, inline or formula string | the text as stored (`052` stays `052`) |
/// | boolean | `TRUE` / `FALSE`, as Excel writes them to CSV |
/// | error | the error as shown (`#N/A`, `#DIV/0!`) |
/// | formula | its cached value, by the rules above |
struct XLSXCellDecoder {
    /// The `t` attribute of a cell.
    enum CellType {
        /// `n` or absent: a number (or a date, by its style).
        case number
        /// `s`: an index into the shared strings.
        case sharedString
        /// `inlineStr`: text in the cell's own `<is>`.
        case inlineString
        /// `str`: the text result of a formula.
        case formulaString
        /// `b`: `0` or `1`.
        case boolean
        /// `e`: an error value.
        case error
        /// `d`: an ISO 8601 date-time (strict OOXML, rare).
        case isoDate

        /// The type named by a `t` attribute, or nil for a name SpreadsheetML does not have.
        init?(attribute: String?) {
            switch attribute {
            case nil, "n": self = .number
            case "s": self = .sharedString
            case "inlineStr": self = .inlineString
            case "str": self = .formulaString
            case "b": self = .boolean
            case "e": self = .error
            case "d": self = .isoDate
            default: return nil
            }
        }
    }

    /// What one cell holds, as the sheet gave it.
    struct Cell {
        var type = CellType.number
        /// The cell format index (`s`).
        var style = 0
        /// Whether the cell has a formula (`<f>`).
        var hasFormula = false
        /// The bytes of `<v>`, or nil when there is none.
        var value: [UInt8]?
        /// The text of `<is>`, or nil when there is none.
        var inlineText: [UInt8]?
    }

    let sharedStrings: XLSXSharedStringTable
    let styles: XLSXStyleTable
    let uses1904: Bool
    /// The decimal mark numbers are written with (the input's `decimal:`).
    let decimalMark: UInt8

    /// The cell's text; empty for an empty cell.
    ///
    /// - Throws: A one-line reason when the value is not what its type promises.
    func text(of cell: Cell) throws(XLSXCellProblem) -> String {
        let value = cell.value ?? []
        // Numbers, indexes and booleans read the same with the whitespace a pretty-printing
        // writer may put around them.
        let token = Self.trimmed(value)
        if cell.hasFormula, cell.inlineText == nil, cell.value == nil || (value.isEmpty && cell.type != .formulaString)
        {
            throw XLSXCellProblem(
                "a formula without a cached value (the file was written by a program that does not calculate; "
                    + "open it in a spreadsheet program and save it again)")
        }
        switch cell.type {
        case .number:
            guard !token.isEmpty else { return "" }
            guard let number = Double(token), number.isFinite else {
                throw XLSXCellProblem("'\(String(decoding: value.prefix(40), as: UTF8.self))' is not a number")
            }
            if styles.isDate(style: cell.style), let date = XLSXSerialDate.isoDate(number, uses1904: uses1904) {
                return date
            }
            return XLSXPlainNumber.text(number, decimalMark: decimalMark)
        case .sharedString:
            guard !token.isEmpty else { return "" }
            guard let index = Int(token), let text = sharedStrings.string(at: index)
            else {
                throw XLSXCellProblem(
                    "shared string \(String(decoding: value.prefix(40), as: UTF8.self)) does not exist or is not UTF-8")
            }
            return text
        case .inlineString:
            return try utf8(XLSXText.unescaped(cell.inlineText ?? value))
        case .formulaString:
            return try utf8(XLSXText.unescaped(value))
        case .boolean:
            switch token {
            case "": return ""
            case "1", "true": return "TRUE"
            case "0", "false": return "FALSE"
            default: throw XLSXCellProblem("'\(String(decoding: value.prefix(40), as: UTF8.self))' is not a boolean")
            }
        case .error:
            return try utf8(value)
        case .isoDate:
            let text = try utf8(value)
            // A date-time keeps its day, as a date-formatted serial does.
            if let day = text.split(separator: "T").first, day.count == 10, text.count == 10 || text.contains("T") {
                return String(day)
            }
            return text
        }
    }

    /// `bytes` as text without surrounding XML whitespace.
    private static func trimmed(_ bytes: [UInt8]) -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        var slice = bytes[...]
        while let first = slice.first, isSpace(first) { slice.removeFirst() }
        while let last = slice.last, isSpace(last) { slice.removeLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    private func utf8(_ bytes: [UInt8]) throws(XLSXCellProblem) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw XLSXCellProblem("text that is not UTF-8")
        }
        return text
    }
}
