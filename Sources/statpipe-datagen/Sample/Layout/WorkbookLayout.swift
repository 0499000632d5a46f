import StatpipeCore
import StatpipeEngine

/// An Excel workbook as a district's analyst saves it: a cover sheet of notes, then the data sheet.
///
/// The cover sheet comes first, as analysts put it, so statpipe's default (the first sheet) would
/// read the note: the pipeline must name the data sheet in a `sheet:` override.
struct WorkbookLayout: Hashable {
    /// The document title (File › Properties).
    let title: String
    /// The first sheet: one line of text per row, down column A, without a header.
    let coverSheet: String
    let coverLines: [String]
    /// The sheet holding the header row and the records.
    let dataSheet: String

    /// The README's description of the file's format.
    var summary: String {
        "XLSX, cover sheet `\(coverSheet)`, data in `\(dataSheet)`"
    }

    /// The workbook holding `rows` under `header` in the data sheet, after the cover sheet.
    func workbook(header: [String], rows: [[TableCell]]) -> XLSXWorkbook {
        XLSXWorkbook(title: title, sheets: [
            XLSXWorksheet(name: coverSheet, header: [], rows: coverLines.map { [.text($0)] }),
            XLSXWorksheet(name: dataSheet, header: header, rows: rows),
        ])
    }
}
