/// A Markdown table, for the README and the console report alike.
struct MarkdownTable {
    let header: [String]
    var rows: [[String]] = []
    /// Columns whose cells are right-aligned (numbers).
    var numericColumns: Set<Int> = []

    /// A table with these column titles; columns from `firstNumeric` on are right-aligned.
    init(_ header: [String], numericFrom firstNumeric: Int? = nil) {
        self.header = header
        if let firstNumeric { numericColumns = Set(firstNumeric..<header.count) }
    }

    init(_ header: String..., numericFrom firstNumeric: Int? = nil) {
        self.init(header, numericFrom: firstNumeric)
    }

    mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    /// The table as Markdown lines, columns padded to a common width.
    var text: String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.reduce(3, max)
        }
        let line = { (cells: [String]) in
            "| " + header.indices.map { column in
                let cell = cells.indices.contains(column) ? cells[column] : ""
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return numericColumns.contains(column) ? padding + cell : cell + padding
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + header.indices.map { column in
            let dashes = String(repeating: "-", count: widths[column])
            return numericColumns.contains(column) ? "-" + dashes + ":|" : " " + dashes + " |"
        }.joined()
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
