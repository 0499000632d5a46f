/// A rectangle of cells, as `<mergeCell ref="A1:C1">` names it.
struct XLSXCellRange: Equatable, CustomStringConvertible {
    let firstColumn: Int
    let firstRow: Int
    let lastColumn: Int
    let lastRow: Int

    /// Parses `A1:C1` (or a single `A1`), or nil when it is not a range of the grid.
    init?(_ text: String) {
        let corners = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(corners.count), let first = XLSXCellReference.parse(corners[0]),
            let last = XLSXCellReference.parse(corners[corners.count - 1]), first.row > 0, last.row > 0
        else { return nil }
        firstColumn = min(first.column, last.column)
        lastColumn = max(first.column, last.column)
        firstRow = min(first.row, last.row)
        lastRow = max(first.row, last.row)
    }

    /// Whether the range covers more than one cell.
    var isMerge: Bool { firstColumn != lastColumn || firstRow != lastRow }

    /// Whether the range covers any cell of `row`.
    func covers(row: Int) -> Bool { (firstRow...lastRow).contains(row) }

    var description: String {
        XLSXCellReference.name(column: firstColumn, row: firstRow) + ":"
            + XLSXCellReference.name(column: lastColumn, row: lastRow)
    }
}
