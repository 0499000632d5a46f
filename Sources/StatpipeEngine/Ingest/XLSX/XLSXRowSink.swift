/// Receives the rows of a worksheet from ``XLSXSheetHandler``.
protocol XLSXRowSink {
    /// Whether rows are still wanted; once false the handler only skims the rest.
    var wantsRows: Bool { get }
    /// A row present in the sheet: its number and its cell texts up to the last non-empty
    /// one (no cells: a blank row).
    mutating func row(_ line: Int, cells: [String]) throws
    /// Rows the sheet leaves out between two present rows: blank rows.
    mutating func blankRows(_ lines: ClosedRange<Int>) throws
    /// A `<mergeCell>` range (they come after the rows).
    mutating func merged(_ range: XLSXCellRange) throws
}
