import StatpipeCSV
import StatpipeCore

/// Writes output tables as Excel-friendly CSV (SPEC §6): UTF-8 with a BOM unless turned
/// off, `\r\n` after every record, formula-looking text prefixed with `'`.
public struct CSVOutputTable: Sendable {
    public let header: [String]
    public private(set) var rows: [[TableCell]] = []

    public init(header: [String]) {
        self.header = header
    }

    /// Adds one row.
    public mutating func append(_ row: [TableCell]) {
        precondition(row.count == header.count, "row width \(row.count) differs from header width \(header.count)")
        rows.append(row)
    }

    /// The table's bytes.
    public func encoded(byteOrderMark: Bool) -> [UInt8] {
        var text = Self.headerLine(header)
        for row in rows { text += Self.line(row) }
        return (byteOrderMark ? Self.byteOrderMark : []) + Array(text.utf8)
    }

    /// The UTF-8 byte order mark that makes Excel read the file as UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// One header record with its `\r\n`.
    public static func headerLine(_ header: [String]) -> String {
        CSVLineEncoder.encode(header) + "\r\n"
    }

    /// One record with its `\r\n`: text guarded against formulas, numbers as they are.
    public static func line(_ cells: [TableCell]) -> String {
        let texts = cells.map { cell in
            switch cell {
            case .text(let value): return SpreadsheetText.guarded(value)
            case .number(let value): return value
            }
        }
        return CSVLineEncoder.encode(texts) + "\r\n"
    }
}
