/// A1-style cell references: columns `A`…`Z`, `AA`…`ZZ`, `AAA`…, rows from 1.
enum XLSXCellReference {
    /// The letters of the column at zero-based `index` (0 → `A`, 25 → `Z`, 26 → `AA`).
    static func column(_ index: Int) -> String {
        precondition(index >= 0, "column index \(index) is negative")
        // Bijective base 26: there is no zero digit, so step down by one at each place.
        var letters: [Character] = []
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The reference of the cell at zero-based `column` in one-based `row` (`D2`).
    static func cell(column: Int, row: Int) -> String {
        Self.column(column) + String(row)
    }
}
