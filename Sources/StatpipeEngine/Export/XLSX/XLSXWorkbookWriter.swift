import Foundation
import ZIPFoundation

/// Writes a workbook as an Office Open XML spreadsheet (`.xlsx`): a zip of XML parts.
///
/// The output is reproducible: the parts are added in a fixed order, every zip entry
/// carries the same modification date (1980-01-01, the first date a zip can hold) and
/// permissions, and no part holds a timestamp, so the same workbook gives the same bytes.
///
/// ```swift
/// let workbook = XLSXWorkbook(sheets: [XLSXWorksheet(name: "growth", header: ["area", "pct"],
///                                                    rows: [[.text("17"), .number("12.76")]])])
/// let bytes = try XLSXWorkbookWriter.encode(workbook)
/// ```
public enum XLSXWorkbookWriter {
    /// The modification date of every entry: 1980-01-01T00:00:00Z.
    public static let entryDate = Date(timeIntervalSince1970: 315_532_800)
    /// The permissions of every entry.
    static let entryPermissions: UInt16 = 0o644

    /// The parts of `workbook` in package order: path inside the zip, and content.
    ///
    /// A workbook without sheets gets one empty sheet, since a spreadsheet cannot open a
    /// workbook that has none.
    static func parts(of workbook: XLSXWorkbook) -> [(path: String, text: String)] {
        let sheets = workbook.sheets.isEmpty ? [XLSXWorksheet(name: "Sheet1", header: [], rows: [])] : workbook.sheets
        let names = XLSXSheetNames.valid(sheets.map(\.name))
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", XLSXPackageParts.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", XLSXPackageParts.rootRelationships),
            ("docProps/app.xml", XLSXPackageParts.app),
            ("docProps/core.xml", XLSXPackageParts.core(title: workbook.title)),
            ("xl/workbook.xml", XLSXPackageParts.workbook(sheetNames: names)),
            ("xl/_rels/workbook.xml.rels", XLSXPackageParts.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", XLSXPackageParts.styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", XLSXWorksheetXML.xml(sheet, isSelected: index == 0)))
        }
        return parts
    }

    /// The `.xlsx` bytes of `workbook`.
    /// - Throws: ``StatpipeError`` (`io`) when the zip cannot be built in memory.
    public static func encode(_ workbook: XLSXWorkbook) throws(StatpipeError) -> [UInt8] {
        do {
            let archive = try Archive(accessMode: .create)
            for part in parts(of: workbook) {
                let data = Data(part.text.utf8)
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: entryPermissions, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else {
                throw StatpipeError(.io, "cannot build the XLSX package: the in-memory zip has no data")
            }
            return Array(data)
        } catch let error as StatpipeError {
            throw error
        } catch {
            throw StatpipeError(.io, "cannot build the XLSX package: \(error)")
        }
    }
}
