/// Why one cell's value cannot be read; the sheet adds the file, row and column.
struct XLSXCellProblem: Error, Equatable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
