import Foundation
import StatpipeTestSupport
import Testing

/// `convert` and `inspect` of `.xlsx` workbooks against the built binary (SPEC §1, §2).
struct XLSXCLITests {
    private static let fixtures = RepositoryPaths.packageRoot.appendingPathComponent(
        "Tests/StatpipeEngineTests/XLSX/Fixtures")

    private func fixture(_ name: String) -> String { Self.fixtures.appendingPathComponent(name).path }

    @Test(arguments: ["jsonl", "csv"])
    func convertOfAWorkbookEqualsConvertOfItsLibreOfficeCSVExport(format: String) throws {
        let book = try CommandRunner.statpipe([
            "convert", fixture("libreoffice-economic-accounts.xlsx"), "--to", format,
        ])
        let export = try CommandRunner.statpipe([
            "convert", fixture("libreoffice-economic-accounts.csv"), "--to", format,
        ])
        #expect(book.status == 0)
        #expect(book.standardError.isEmpty)
        #expect(book.standardOutput == export.standardOutput)
        #expect(book.standardOutput.contains("Xã Lâm Sơn"))
    }

    @Test func convertTakesASheetByName() throws {
        let result = try CommandRunner.statpipe([
            "convert", fixture("openpyxl-types.xlsx"), "--sheet", "Dates", "--to", "jsonl",
        ])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasPrefix(
                """
                {"label":"day 1","serial":"1900-01-01"}
                {"label":"day 59","serial":"1900-02-28"}
                {"label":"fictitious leap day","serial":"1900-02-29"}
                {"label":"day 61","serial":"1900-03-01"}

                """))
    }

    @Test func convertWritesEveryValueTypeAsTheCSVPathWould() throws {
        let result = try CommandRunner.statpipe(["convert", fixture("openpyxl-types.xlsx")])
        #expect(result.status == 0)
        #expect(
            result.standardOutput == """
                code,name,when,ok,value,count,twice,note,checked_at,time
                052,Lương Sơn,2025-03-31,TRUE,0.1,1234,0.2,inline,2025-03-31,0.5
                153,,2024-12-01,,1234.5,,,,,
                0154,Cao Phong,,FALSE,0.00001,150000000000000000000,0154x,#N/A,-0.5,

                """)
    }

    @Test func anUnknownSheetExitsTwoNamingTheSheets() throws {
        let path = fixture("openpyxl-types.xlsx")
        let result = try CommandRunner.statpipe(["convert", path, "--sheet", "Summary"])
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "statpipe: error: \(path): no sheet named 'Summary'; the workbook has 'Data', 'Dates', 'Merged'\n")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func inspectJSONListsTheSheets() throws {
        let result = try CommandRunner.statpipe(["inspect", "--json", fixture("openpyxl-types.xlsx")])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["sheets"] as? [String] == ["Data", "Dates", "Merged"])
        #expect(object["encoding"] as? String == "xlsx")
        #expect(object["delimiter"] is NSNull)
        #expect(object["rows"] as? Int == 3)
        #expect(object["blank_rows"] as? Int == 1)
        #expect((object["path"] as? String)?.hasSuffix("openpyxl-types.xlsx#Data") == true)
    }

    @Test func inspectTableHasASheetsLine() throws {
        let result = try CommandRunner.statpipe(["inspect", fixture("openpyxl-1904.xlsx")])
        #expect(result.status == 0)
        #expect(
            result.standardOutput.contains(
                "  encoding xlsx, delimiter none (workbook), 2 rows, 0 blank rows, 2 columns\n  sheets: Mac\n"))
    }

    @Test(arguments: [
        "hostile-bomb.xlsx", "hostile-declared-size.xlsx", "hostile-traversal.xlsx", "hostile-many-sheets.xlsx",
        "hostile-doctype.xlsx", "hostile-not-a-zip.xlsx", "hostile-no-workbook.xlsx", "hostile-endless-deflate.xlsx",
    ])
    func hostileWorkbooksExitOneWithOneLine(name: String) throws {
        let path = fixture(name)
        for command in ["convert", "inspect"] {
            let result = try CommandRunner.statpipe([command, path])
            #expect(result.status == 1, "\(command) \(name)")
            #expect(result.standardError.hasPrefix("statpipe: error: \(path): "), "\(command) \(name)")
            #expect(result.standardError.filter { $0 == "\n" }.count == 1, "\(command) \(name)")
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test func aMergedHeaderExitsOneNamingTheRange() throws {
        let path = fixture("openpyxl-types.xlsx")
        let result = try CommandRunner.statpipe(["convert", path, "--sheet", "Merged"])
        #expect(result.status == 1)
        #expect(
            result.standardError == "statpipe: error: \(path)#Merged:1:1: merged header cells A1:B1: "
                + "give each column a header cell of its own (unmerge them)\n")
    }

    @Test func aMissingWorkbookExitsFour() throws {
        let directory = try TemporaryDirectory()
        let result = try CommandRunner.statpipe(["convert", directory.path("nope.xlsx")])
        #expect(result.status == 4)
        #expect(result.standardError == "statpipe: error: \(directory.path("nope.xlsx")): No such file or directory\n")
    }
}
