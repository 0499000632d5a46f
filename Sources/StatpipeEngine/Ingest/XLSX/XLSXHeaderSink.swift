import Foundation

/// The first pass over a sheet: finds the header (the first non-blank row), counts the
/// blank rows before it, and refuses a header with merged cells.
struct XLSXHeaderSink: XLSXRowSink {
    /// The sheet as messages name it.
    let file: String
    /// The header row's number and cells, once found.
    private(set) var header: (line: Int, cells: [String])?
    /// Blank rows before the header.
    private(set) var blankRows = 0

    var wantsRows: Bool { header == nil }

    mutating func row(_ line: Int, cells: [String]) throws {
        if cells.isEmpty {
            blankRows += 1
        } else {
            header = (line, cells.map(\.precomposedStringWithCanonicalMapping))
        }
    }

    mutating func blankRows(_ lines: ClosedRange<Int>) throws {
        blankRows += lines.count
    }

    /// A merge across header cells leaves all but one of them empty, so the columns below
    /// lose their names (or shift): the sheet is refused with the range named, rather than
    /// read with a blank or misplaced label. Merges below the header are harmless (the value
    /// sits in the first cell, the others are empty, as in the sheet's own CSV export).
    mutating func merged(_ range: XLSXCellRange) throws {
        guard let header, range.isMerge, range.covers(row: header.line) else { return }
        throw XLSXReadError(
            .malformed, file: file, line: header.line, column: range.firstColumn,
            "merged header cells \(range): give each column a header cell of its own (unmerge them)")
    }
}
