import Foundation
import StatpipeCSV
import StatpipeCore
import StatpipeEngine
import StatpipeTestSupport
import Testing

/// Workbooks made by LibreOffice and openpyxl read as the CSV path would give them (SPEC §2).
struct XLSXReaderTests {
    /// Every record of `path` as (sheet row, cells), with the reader after the read.
    static func records(
        _ path: String,
        sheet: String? = nil,
        options: IngestOptions = IngestOptions(),
        includingBlankRows: Bool = false
    ) throws -> (reader: any TableReader, rows: [(line: Int, cells: [String])]) {
        var options = options
        options.sheet = sheet ?? options.sheet
        let reader = try TableOpener.open(path, options: options)
        var rows: [(line: Int, cells: [String])] = []
        try reader.forEachRecord(includingBlankRows: includingBlankRows) { rows.append(($0.line, $0.strings())) }
        return (reader, rows)
    }

    @Test func libreOfficeWorkbookReadsLikeItsOwnCSVExport() throws {
        let book = try Self.records(XLSXTestWorkbook.fixture("libreoffice-economic-accounts.xlsx"))
        let export = try Self.records(XLSXTestWorkbook.fixture("libreoffice-economic-accounts.csv"))
        #expect(book.reader.header == export.reader.header)
        #expect(book.rows.map(\.cells) == export.rows.map(\.cells))
        #expect(book.rows.map(\.line) == export.rows.map(\.line))
        #expect(book.reader.blankRows == export.reader.blankRows)
        #expect(
            book.rows[2].cells == [
                "152", "Xã Lâm Sơn", "2025-Q1", "industry", "1234.5", "0.1", "Khu công nghiệp, đợt 2",
            ])
        #expect(book.reader.encodingName == "xlsx")
        #expect(book.reader.delimiterName == nil)
        #expect(book.reader.displayPath.hasSuffix("libreoffice-economic-accounts.xlsx#libreoffice-economic-accounts"))
    }

    @Test func openpyxlWorkbookGivesEveryValueTypeAsText() throws {
        let (reader, rows) = try Self.records(XLSXTestWorkbook.fixture("openpyxl-types.xlsx"))
        // "note" is a shared rich-text string: two runs joined, the phonetic hint left out.
        #expect(
            reader.header == ["code", "name", "when", "ok", "value", "count", "twice", "note", "checked_at", "time"])
        #expect(reader.headerLine == 1)
        #expect(rows.map(\.line) == [2, 3, 5])
        #expect(
            rows[0].cells == [
                "052", "Lương Sơn", "2025-03-31", "TRUE", "0.1", "1234", "0.2", "inline", "2025-03-31", "0.5",
            ])
        // Column gaps are empty cells; trailing ones are padded to the header.
        #expect(rows[1].cells == ["153", "", "2024-12-01", "", "1234.5", "", "", "", "", ""])
        #expect(
            rows[2].cells == [
                "0154", "Cao Phong", "", "FALSE", "0.00001", "150000000000000000000", "0154x", "#N/A", "-0.5", "",
            ])
        // Row 4 is left out of the sheet: one blank row, as `,,,` would be in a CSV.
        #expect(reader.blankRows == 1)
    }

    @Test func blankRowsAreHandedOutWhenAskedFor() throws {
        let (reader, rows) = try Self.records(XLSXTestWorkbook.fixture("openpyxl-types.xlsx"), includingBlankRows: true)
        #expect(rows.map(\.line) == [2, 3, 4, 5])
        #expect(rows[2].cells == Array(repeating: "", count: 10))
        #expect(reader.blankRows == 1)
    }

    @Test func aSheetIsChosenByNameAndDatesFollowThe1900System() throws {
        let (reader, rows) = try Self.records(XLSXTestWorkbook.fixture("openpyxl-types.xlsx"), sheet: "Dates")
        #expect(reader.displayPath.hasSuffix("openpyxl-types.xlsx#Dates"))
        #expect(
            rows.map(\.cells) == [
                ["day 1", "1900-01-01"], ["day 59", "1900-02-28"], ["fictitious leap day", "1900-02-29"],
                ["day 61", "1900-03-01"], ["2025-03-31", "2025-03-31"], ["9999-12-31", "9999-12-31"],
                // Day 0 shows as "00/01/1900" in Excel: no date, so the number stays.
                ["day 0", "0"],
            ])
        // Sheet names are unique regardless of case, so a case-insensitive match is unambiguous.
        #expect(try Self.records(XLSXTestWorkbook.fixture("openpyxl-types.xlsx"), sheet: "dates").rows.count == 7)
    }

    @Test func the1904DateSystem() throws {
        let (_, rows) = try Self.records(XLSXTestWorkbook.fixture("openpyxl-1904.xlsx"))
        #expect(rows.map(\.cells) == [["2025-03-31", "2025-03-31"], ["epoch", "1904-01-01"]])
    }

    @Test func anUnknownSheetIsAUsageErrorListingTheSheets() throws {
        let path = XLSXTestWorkbook.fixture("openpyxl-types.xlsx")
        do {
            _ = try Self.records(path, sheet: "Summary")
            Issue.record("expected an error")
        } catch let error as StatpipeError {
            #expect(error.kind == .usage)
            #expect(error.message == "\(path): no sheet named 'Summary'; the workbook has 'Data', 'Dates', 'Merged'")
        }
    }

    @Test func mergedHeaderCellsAreRefusedNamingTheRange() throws {
        let path = XLSXTestWorkbook.fixture("openpyxl-types.xlsx")
        do {
            _ = try Self.records(path, sheet: "Merged")
            Issue.record("expected an error")
        } catch let error as StatpipeError {
            #expect(error.kind == .invalidData)
            #expect(
                error.message == "\(path)#Merged:1:1: merged header cells A1:B1: give each column a header cell "
                    + "of its own (unmerge them)")
        }
    }

    @Test(arguments: [1, 2, 3, 5, 7, 13, 64, 4096])
    func everyChunkBoundaryGivesTheSameRecords(chunkSize: Int) throws {
        for (name, sheet) in [
            ("openpyxl-types.xlsx", "Data"), ("openpyxl-types.xlsx", "Dates"),
            ("libreoffice-economic-accounts.xlsx", nil), ("openpyxl-1904.xlsx", nil),
        ] {
            let path = XLSXTestWorkbook.fixture(name)
            let whole = try Self.records(path, sheet: sheet)
            let cut = try Self.records(path, sheet: sheet, options: IngestOptions(chunkSize: chunkSize))
            #expect(cut.reader.header == whole.reader.header, "\(name) \(chunkSize)")
            #expect(cut.rows.map(\.cells) == whole.rows.map(\.cells), "\(name) \(chunkSize)")
            #expect(cut.rows.map(\.line) == whole.rows.map(\.line), "\(name) \(chunkSize)")
        }
    }

    @Test func aDecimalCommaInputGetsNumbersWithADecimalComma() throws {
        // An override giving a district `decimal: ","` must not turn 1234.5 into 12345.
        var options = IngestOptions()
        options.numberFormat.decimalMark = ","
        options.numberFormat.groupMark = "."
        let (_, rows) = try Self.records(XLSXTestWorkbook.fixture("openpyxl-types.xlsx"), options: options)
        #expect(rows[1].cells[4] == "1234,5")
        #expect(rows[2].cells[4] == "0,00001")
    }

    @Test func textOptionsDoNotApplyToAWorkbookButSheetStillDoesNotApplyToCSV() throws {
        let options = IngestOptions(delimiter: .semicolon, declaredEncoding: .windows1252)
        #expect(try Self.records(XLSXTestWorkbook.fixture("openpyxl-1904.xlsx"), options: options).rows.count == 2)
        do {
            _ = try Self.records(XLSXTestWorkbook.fixture("libreoffice-economic-accounts.csv"), sheet: "Data")
            Issue.record("expected an error")
        } catch let error as StatpipeError {
            #expect(error.kind == .usage)
        }
    }

    @Test func inspectListsTheSheets() throws {
        let path = XLSXTestWorkbook.fixture("openpyxl-types.xlsx")
        let inspection = try FileInspector.inspect(path, displayPath: "book.xlsx")
        #expect(
            inspection.json.serialized() == """
                {"path":"book.xlsx#Data","encoding":"xlsx","delimiter":null,\
                "header":["code","name","when","ok","value","count","twice","note","checked_at","time"],\
                "rows":3,"blank_rows":1,"columns":[{"name":"code","type":"string"},{"name":"name","type":"string"},\
                {"name":"when","type":"date"},{"name":"ok","type":"string"},{"name":"value","type":"number"},\
                {"name":"count","type":"string"},{"name":"twice","type":"string"},{"name":"note","type":"string"},\
                {"name":"checked_at","type":"string"},{"name":"time","type":"number"}],\
                "sheets":["Data","Dates","Merged"]}
                """)
        let text = InspectionTextRenderer.render(inspection)
        #expect(
            text.hasPrefix(
                "book.xlsx#Data\n  encoding xlsx, delimiter none (workbook), 3 rows, 1 blank rows, 10 columns\n"
                    + "  sheets: Data, Dates, Merged\n"))
        let csv = try FileInspector.inspect(XLSXTestWorkbook.fixture("libreoffice-economic-accounts.csv"))
        #expect(csv.sheets == nil)
        #expect(!csv.json.serialized().contains("sheets"))
    }
}
