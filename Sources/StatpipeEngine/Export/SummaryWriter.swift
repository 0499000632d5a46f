import StatpipeCore

/// Writes the summary tables: `summaries/NAME.csv` each, and `summaries/summary.json`.
enum SummaryWriter {
    static func write(
        _ tables: [SummaryTable],
        period: Quarter,
        asOf: CivilDate,
        province: Province,
        into staged: StagedDirectory,
        byteOrderMark: Bool
    ) throws(StatpipeError) {
        for table in tables {
            var csv = CSVOutputTable(header: table.columns)
            for row in table.rows { csv.append(row) }
            try OutputFile.write(csv.encoded(byteOrderMark: byteOrderMark), to: try staged.path("summaries/\(table.name).csv"))
        }
        let document = JSONValue.object([
            ("period", .string(period.description)),
            ("as_of", .string(asOf.description)),
            ("province", .object([("code", .string(province.code)), ("name", .string(province.name))])),
            ("tables", .object(tables.map { ($0.name, Self.json($0)) })),
        ])
        try OutputFile.write(Array((document.serialized(pretty: true) + "\n").utf8), to: try staged.path("summaries/summary.json"))
    }

    /// A table as an array of row objects: numbers as JSON numbers, undefined ones null.
    static func json(_ table: SummaryTable) -> JSONValue {
        .array(table.rows.map { row in
            .object(zip(table.columns, row).map { column, cell in
                switch cell {
                case .text(let text): return (column, .string(text))
                case .number(let text): return (column, text.isEmpty ? .null : .number(text))
                }
            })
        })
    }
}
