extension XLSXCellReference {
    /// Excel's last column, `XFD`.
    static let maxColumn = 16_384
    /// Excel's last row.
    static let maxRow = 1_048_576

    /// The 1-based column and row of an A1 reference (`B12` → (2, 12)), or nil when it is not
    /// one within Excel's grid. A reference without digits (`B`) gives row 0.
    static func parse(_ text: some StringProtocol) -> (column: Int, row: Int)? {
        var column = 0
        var row = 0
        var sawLetter = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard row == 0 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                sawLetter = true
                guard column <= maxColumn else { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard sawLetter, row > 0 || byte != UInt8(ascii: "0") else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                guard row <= maxRow else { return nil }
            case UInt8(ascii: "$"):
                continue
            default:
                return nil
            }
        }
        return sawLetter ? (column, row) : nil
    }

    /// The reference of the cell at 1-based `column` and `row` (`B12`), for messages.
    static func name(column: Int, row: Int) -> String {
        cell(column: column - 1, row: row)
    }
}
