import StatpipeCore
import StatpipeEngine

/// Lays a district's records out in its files: picks each file's records, inserts the planted
/// rows, renders the CSV and encodes it (or writes the workbook), noting the line each planted
/// row starts on.
enum FileAssembler {
    /// The district's files of one dataset and the located planted rows.
    static func files<Record: DatasetRecord>(
        of district: District, _ specs: [DatasetFile<Record>], records: [Record], planted: [PlantedRow<Record>]
    ) throws -> (files: [SampleFile], defects: [LocatedDefect]) {
        var files: [SampleFile] = []
        var defects: [LocatedDefect] = []
        for spec in specs {
            let path = "districts/\(district.folder)/\(spec.name)"
            var rows = records.filter(spec.holds).map {
                AssembledRow(record: $0, cells: $0.cells(in: spec.style), planted: nil)
            }
            for plantedRow in planted where plantedRow.districtCode == district.code && plantedRow.fileName == spec.name {
                let anchor = rows.lastIndex { $0.record.map(plantedRow.after) ?? false }.map { $0 + 1 } ?? 0
                rows.insert(AssembledRow(record: nil, cells: plantedRow.cells(spec.style), planted: plantedRow), at: anchor)
            }
            let header = spec.columns.map(\.label)
            let written = try write(header: header, rows: rows, spec: spec)
            for (row, line) in zip(rows, written.recordLines) {
                guard let plantedRow = row.planted else { continue }
                defects.append(LocatedDefect(path: path, line: line, dataset: Record.dataset,
                                             expectedCode: plantedRow.expectedCode, field: plantedRow.field,
                                             story: plantedRow.story))
            }
            files.append(SampleFile(path: path, dataset: Record.dataset, format: spec.style.format,
                                    bytes: written.bytes, rows: [header.map(TableCell.text)] + written.cells))
        }
        return (files, defects)
    }

    /// The file's bytes, its data cells as written, and the line (or sheet row) each record starts on.
    private static func write<Record: DatasetRecord>(
        header: [String], rows: [AssembledRow<Record>], spec: DatasetFile<Record>
    ) throws -> (bytes: [UInt8], cells: [[TableCell]], recordLines: [Int]) {
        if let workbook = spec.style.workbook {
            let cells = rows.map { row in spec.columns.map { $0.tableCell(cells: row.cells, record: row.record) } }
            let bytes = try XLSXWorkbookWriter.encode(workbook.workbook(header: header, rows: cells))
            // The header is the data sheet's row 1 and the records follow it row by row.
            return (bytes, cells, rows.indices.map { $0 + 2 })
        }
        let texts = rows.map { row in spec.columns.map { $0.text(cells: row.cells, record: row.record) } }
        let rendered = CSVRenderer(dialect: spec.style.dialect).render(header: header, records: texts)
        return (try spec.style.dialect.encoding.encode(rendered.text), texts.map { $0.map(TableCell.text) },
                rendered.recordLines)
    }
}

/// A row on its way into a file: a record's cells, or a planted row's.
private struct AssembledRow<Record: DatasetRecord> {
    let record: Record?
    let cells: [String: String]
    let planted: PlantedRow<Record>?
}
