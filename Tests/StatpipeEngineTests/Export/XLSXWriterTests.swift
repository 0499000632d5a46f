import Foundation
import StatpipeCore
@testable import StatpipeEngine
import StatpipeTestSupport
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The XLSX writer, checked by unzipping its bytes and reading the XML parts.
struct XLSXWriterTests {
    /// A workbook with the awkward content a real run may carry.
    static let workbook = XLSXWorkbook(title: "Hòa Bình 2025-Q1 summaries", sheets: [
        XLSXWorksheet(name: "growth_by_area", header: ["period", "area_code", "area_name", "yoy_growth_pct", "rank"],
                      rows: [
            [.text("2025-Q1"), .text("17"), .text("Hòa Bình"), .number("12.76"), .undefined],
            [.text("2025-Q1"), .text("152"), .text("Lương Sơn"), .number("-5.64"), .count(1)],
        ]),
        XLSXWorksheet(name: "reevaluation_overdue", header: ["product_name", "producer"], rows: [
            [.text("=HYPERLINK(\"http://x\",\"y\")"), .text("<script>alert(1)</script>")],
            [.text("A & B \"quoted\""), .text("bell\u{7}tab\tline\nCR\r_x0041_")],
            [.text("+84 912"), .text("  padded  ")],
        ]),
    ])

    /// The zip's entries in stored order, with their text.
    private func unzip(_ bytes: [UInt8]) throws -> [(entry: Entry, text: String)] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry, String(decoding: data, as: UTF8.self))
        }
    }

    private func part(_ path: String, of bytes: [UInt8]) throws -> String {
        try #require(try unzip(bytes).first { $0.entry.path == path }).text
    }

    @Test func membersComeInAFixedOrderWithAFixedDate() throws {
        let entries = try unzip(try XLSXWorkbookWriter.encode(Self.workbook))
        #expect(entries.map(\.entry.path) == [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ])
        for (entry, _) in entries {
            #expect(entry.fileAttributes[.modificationDate] as? Date == XLSXWorkbookWriter.entryDate, "\(entry.path)")
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 315_532_800))
        }
        let core = try part("docProps/core.xml", of: try XLSXWorkbookWriter.encode(Self.workbook))
        #expect(!core.contains("dcterms:created") && !core.contains("dcterms:modified"), "no timestamps")
        #expect(core.contains("<dc:title>Hòa Bình 2025-Q1 summaries</dc:title>"))
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let first = try XLSXWorkbookWriter.encode(Self.workbook)
        let second = try XLSXWorkbookWriter.encode(Self.workbook)
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip local file header")
    }

    @Test func everyPartIsWellFormedXML() throws {
        for (entry, text) in try unzip(try XLSXWorkbookWriter.encode(Self.workbook)) {
            let parser = XMLParser(data: Data(text.utf8))
            #expect(parser.parse(), "\(entry.path): \(String(describing: parser.parserError))")
        }
    }

    @Test func numbersAreNumericCellsAndUndefinedFiguresAreEmpty() throws {
        let sheet = try part("xl/worksheets/sheet1.xml", of: try XLSXWorkbookWriter.encode(Self.workbook))
        #expect(sheet.contains("<c r=\"D2\" s=\"3\"><v>12.76</v></c>"), "two decimals shown as printed")
        #expect(sheet.contains("<c r=\"D3\" s=\"3\"><v>-5.64</v></c>"))
        #expect(sheet.contains("<c r=\"E3\"><v>1</v></c>"))
        #expect(!sheet.contains("r=\"E2\""), "an undefined figure has no cell, not 0")
        #expect(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t>2025-Q1</t></is></c>"))
        #expect(sheet.contains("<c r=\"B2\" t=\"inlineStr\"><is><t>17</t></is></c>"), "codes stay text")
        #expect(sheet.contains("<c r=\"C3\" t=\"inlineStr\"><is><t>Lương Sơn</t></is></c>"), "UTF-8 intact")
        #expect(sheet.contains("<dimension ref=\"A1:E3\"/>"))
    }

    @Test func theHeaderIsBoldAndFrozen() throws {
        let bytes = try XLSXWorkbookWriter.encode(Self.workbook)
        let sheet = try part("xl/worksheets/sheet1.xml", of: bytes)
        #expect(sheet.contains(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        ))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>period</t></is></c>"))
        let styles = try part("xl/styles.xml", of: bytes)
        #expect(styles.contains("<font><b/>"))
        #expect(styles.contains("fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""))
        #expect(styles.contains("<numFmt numFmtId=\"165\" formatCode=\"0.00\"/>"))
    }

    @Test func columnsAreAsWideAsTheirLongestText() throws {
        let sheet = try part("xl/worksheets/sheet1.xml", of: try XLSXWorkbookWriter.encode(Self.workbook))
        // "yoy_growth_pct" is 14 characters; "period" pads up to the minimum of 8.
        #expect(sheet.contains("<col min=\"4\" max=\"4\" width=\"16\" customWidth=\"1\"/>"))
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"9\" customWidth=\"1\"/>"))
        let wide = XLSXWorksheet(name: "wide", header: ["x"], rows: [[.text(String(repeating: "w", count: 500))]])
        let wideBytes = try XLSXWorkbookWriter.encode(XLSXWorkbook(sheets: [wide]))
        let wideSheet = try part("xl/worksheets/sheet1.xml", of: wideBytes)
        #expect(wideSheet.contains("width=\"\(XLSXWorksheetXML.maximumWidth)\""), "capped")
    }

    @Test func formulaLookingTextStaysInertText() throws {
        let sheet = try part("xl/worksheets/sheet2.xml", of: try XLSXWorkbookWriter.encode(Self.workbook))
        #expect(!sheet.contains("<f>"), "never a formula")
        #expect(sheet.contains(
            "<c r=\"A2\" t=\"inlineStr\"><is><t>'=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t></is></c>"
        ))
        #expect(sheet.contains("<t>'+84 912</t>"))
        #expect(sheet.contains("<t>&lt;script&gt;alert(1)&lt;/script&gt;</t>"))
    }

    @Test func textIsEscapedForXMLAndExcel() throws {
        let sheet = try part("xl/worksheets/sheet2.xml", of: try XLSXWorkbookWriter.encode(Self.workbook))
        #expect(sheet.contains("<t>A &amp; B &quot;quoted&quot;</t>"))
        // BEL is not an XML character: Excel's own escape; a literal _x0041_ keeps its meaning.
        #expect(sheet.contains("<t>bell_x0007_tab\tline\nCR&#13;_x005F_x0041_</t>"))
        #expect(sheet.contains("<t xml:space=\"preserve\">  padded  </t>"))
        #expect(XLSXText.element("\u{FFFE}\u{1F600}") == "_xFFFE_\u{1F600}")
        #expect(XLSXText.attribute("a\"b<c>&\u{0}") == "a&quot;b&lt;c&gt;&amp;")
    }

    @Test func columnLettersGoBeyondZ() {
        let letters = [0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383].map(XLSXCellReference.column)
        #expect(letters == ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA", "XFD"])
        #expect(XLSXCellReference.cell(column: 29, row: 12) == "AD12")
    }

    @Test func aWideSheetUsesTwoLetterColumns() throws {
        let header = (1...30).map { "c\($0)" }
        let sheet = XLSXWorksheet(name: "wide", header: header, rows: [(1...30).map { .count($0) }])
        let xml = try part("xl/worksheets/sheet1.xml", of: try XLSXWorkbookWriter.encode(XLSXWorkbook(sheets: [sheet])))
        #expect(xml.contains("<c r=\"AD2\"><v>30</v></c>"))
        #expect(xml.contains("<dimension ref=\"A1:AD2\"/>"))
    }

    @Test func sheetNamesAreMadeValidAndDistinct() throws {
        let names = XLSXSheetNames.valid([
            "growth_by_area", "a/b:c*d?[e]", "a_name_that_is_far_too_long_for_excel_tabs", "Growth_By_Area",
            "", "'quoted'", "History", "a_name_that_is_far_too_long_for_excel_tabs",
        ])
        #expect(names == [
            "growth_by_area", "a_b_c_d__e_", "a_name_that_is_far_too_long_for", "Growth_By_Area (2)",
            "Sheet5", "quoted", "History_", "a_name_that_is_far_too_long (2)",
        ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
        let workbook = XLSXWorkbook(sheets: [XLSXWorksheet(name: "R&D <1>", header: ["x"], rows: [])])
        let xml = try part("xl/workbook.xml", of: try XLSXWorkbookWriter.encode(workbook))
        #expect(xml.contains("<sheet name=\"R&amp;D &lt;1&gt;\" sheetId=\"1\" r:id=\"rId1\"/>"))
    }

    @Test func anEmptyWorkbookStillHasASheet() throws {
        let entries = try unzip(try XLSXWorkbookWriter.encode(XLSXWorkbook(sheets: [])))
        #expect(entries.map(\.entry.path).last == "xl/worksheets/sheet1.xml")
        let sheet = try #require(entries.last).text
        #expect(sheet.contains("<sheetData/>") && !sheet.contains("<pane"))
    }

    @Test func onlyPlainDecimalsBecomeNumbers() {
        #expect(XLSXNumber.decimals("12.760") == 3)
        #expect(XLSXNumber.decimals("-0.5") == 1)
        #expect(XLSXNumber.decimals("158") == 0)
        #expect(XLSXNumber.decimals("1.5E-3") == 0)
        for text in ["", "-", "NaN", "inf", ".5", "5.", "1,5", "1e", "12a", "+1", "--1"] {
            #expect(XLSXNumber.decimals(text) == nil, "\(text)")
        }
        let workbook = XLSXWorkbook(sheets: [XLSXWorksheet(name: "s", header: [], rows: [[.number("NaN")]])])
        let xml = (try? part("xl/worksheets/sheet1.xml", of: try XLSXWorkbookWriter.encode(workbook))) ?? ""
        #expect(xml.contains("<c r=\"A1\" t=\"inlineStr\"><is><t>NaN</t></is></c>"), "kept as text, file stays valid")
    }

    @Test func theExporterWritesOneSheetPerSummaryTable() throws {
        var area = SummaryTable(name: "growth_by_area", columns: ["area_code", "yoy_growth_pct"])
        area.append([.text("17"), .number("12.76")])
        let counts = SummaryTable(name: "ocop_counts", columns: ["area_code", "total"])
        let context = try SDMXExporterTests.context([area, counts])
        let out = try TemporaryDirectory()
        let staged = try StagedDirectory(target: out.url.appendingPathComponent("2025-Q1"))
        try XLSXExporter().export(context, into: staged)
        let bytes = Array(try Data(contentsOf: staged.staging.appendingPathComponent("summary.xlsx")))
        #expect(bytes == (try XLSXWorkbookWriter.encode(XLSXExporter().workbook(context))))
        let workbook = try part("xl/workbook.xml", of: bytes)
        #expect(workbook.contains("<sheet name=\"growth_by_area\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(workbook.contains("<sheet name=\"ocop_counts\" sheetId=\"2\" r:id=\"rId2\"/>"))
    }
}
