import Foundation
import StatpipeTestSupport

/// Writes small workbooks for tests: parts given as XML text, packed as a stored zip, so a
/// test can plant exactly the cell, row or package it is about.
struct XLSXTestWorkbook {
    /// The committed fixtures (made by LibreOffice, openpyxl, and by hand for hostile files).
    static let fixtures = RepositoryPaths.packageRoot.appendingPathComponent("Tests/StatpipeEngineTests/XLSX/Fixtures")

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Sheets by name, each the XML inside `<sheetData>` (or a whole part when it starts with `<?`).
    var sheets: [(name: String, data: String)] = [("Sheet1", "")]
    /// `<si>` items of the shared strings part, or nil for none.
    var sharedStrings: [String]?
    /// The styles part's XML inside `<styleSheet>`, or nil for none.
    var styles: String?
    var date1904 = false
    /// XML after `</sheetData>` in every sheet (merged cells).
    var afterSheetData = ""
    /// Extra zip entries, as they are.
    var extraEntries: [(String, [UInt8])] = []

    /// The package's entries.
    var entries: [(String, [UInt8])] {
        var relationships = sheets.indices.map { index in
            relationship("rId\(index + 1)", "worksheet", "worksheets/sheet\(index + 1).xml")
        }
        var entries: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", relationshipsPart([relationship("rId1", "officeDocument", "xl/workbook.xml")])),
            (
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="\(Self.mainNamespace)" xmlns:r="\(Self.relationshipNamespace)">\
                <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\
                \(sheets.indices.map { "<sheet name=\"\(sheets[$0].name)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())\
                </sheets></workbook>
                """
            ),
        ]
        for (index, sheet) in sheets.enumerated() {
            let xml =
                sheet.data.hasPrefix("<?")
                ? sheet.data
                : """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="\(Self.mainNamespace)"><sheetData>\(sheet.data)</sheetData>\(afterSheetData)</worksheet>
                """
            entries.append(("xl/worksheets/sheet\(index + 1).xml", xml))
        }
        if let sharedStrings {
            relationships.append(relationship("rIdS", "sharedStrings", "sharedStrings.xml"))
            entries.append(
                ("xl/sharedStrings.xml", "<sst xmlns=\"\(Self.mainNamespace)\">\(sharedStrings.joined())</sst>"))
        }
        if let styles {
            relationships.append(relationship("rIdT", "styles", "styles.xml"))
            entries.append(("xl/styles.xml", "<styleSheet xmlns=\"\(Self.mainNamespace)\">\(styles)</styleSheet>"))
        }
        entries.append(("xl/_rels/workbook.xml.rels", relationshipsPart(relationships)))
        return entries.map { ($0.0, Array($0.1.utf8)) } + extraEntries
    }

    /// Writes the workbook as `name` in `directory` and returns its path.
    func write(_ name: String = "book.xlsx", in directory: TemporaryDirectory) throws -> String {
        try directory.write(name, bytes: Self.zip(entries))
    }

    /// Styles with cell formats 0 General, 1 `dd/mm/yyyy` (custom 164), 2 built-in 14,
    /// 3 `h:mm` (custom 165), 4 `0.00` (built-in 2).
    static let dateStyles = """
        <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="h:mm"/>\
        </numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/>\
        <xf numFmtId="2"/></cellXfs>
        """

    private func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"\(Self.relationshipTypes)/\(type)\" Target=\"\(target)\"/>"
    }

    private func relationshipsPart(_ relationships: [String]) -> String {
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relationships.joined() + "</Relationships>"
    }

    // MARK: - Zip

    /// A zip of `entries`, stored (not compressed), with correct sizes and CRCs.
    static func zip(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var local: [UInt8] = []
        var central: [UInt8] = []
        for (name, data) in entries {
            let nameBytes = Array(name.utf8)
            let crc = crc32(data)
            let offset = UInt32(local.count)
            local +=
                le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x5A81) + le32(crc)
                + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count)) + le16(0)
                + nameBytes + data
            central +=
                le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x5A81)
                + le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(UInt16(nameBytes.count))
                + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
        }
        let end =
            le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(central.count)) + le32(UInt32(local.count)) + le16(0)
        return local + central + end
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }
}
