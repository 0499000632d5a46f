import Foundation
import StatpipeCore
import StatpipeEngine
import StatpipeTestSupport
import Testing

/// A district's workbook through the whole validation: pipeline globs, `overrides.sheet`,
/// sheet row numbers in rejects, blank rows in the report.
struct XLSXValidationTests {
    static let workbookPath = "districts/152-luong-son/economic_accounts.xlsx"

    /// A province whose Lương Sơn accounts come as a workbook; its data is on sheet `Số liệu`,
    /// after a cover sheet, so the pipeline must name it.
    static func province(data rows: String, afterSheetData: String = "", sheet: String = "Số liệu") throws -> MiniProvince {
        let province = try MiniProvince(changes: ["districts/152-luong-son/economic_accounts.csv": nil])
        var workbook = XLSXTestWorkbook(sheets: [
            ("Bìa", #"<row r="1"><c r="A1" t="inlineStr"><is><t>Báo cáo quý</t></is></c></row>"#),
            ("Số liệu", Self.header + rows),
        ])
        workbook.afterSheetData = afterSheetData
        try province.writeData(Self.workbookPath, bytes: XLSXTestWorkbook.zip(workbook.entries))
        try province.directory.write(
            "pipelines/mini.yml",
            text: """
                name: mini
                province: { code: "17", name: "Hòa Bình" }
                data: ../data
                output: ../out
                validation:
                  max_reject_ratio: 1.0
                datasets:
                  districts: { schema: schemas/districts.json, files: [reference/districts.csv] }
                  economic_accounts:
                    schema: schemas/economic_accounts.json
                    files: ["districts/*/economic_accounts*.csv", "districts/*/economic_accounts*.xlsx"]
                  ocop_products: { schema: schemas/ocop_products.json, files: ["districts/*/ocop_products*.csv"] }
                  ocop_reevaluations: { schema: schemas/ocop_reevaluations.json, files: ["districts/*/ocop_reevaluations*.csv"] }
                overrides:
                  - files: "districts/152-*/*"
                    sheet: "\(sheet)"
                """)
        return province
    }

    static let header = row(1, ["district_code", "unit_id", "period", "sector", "value_current", "value_constant"])

    /// Sheet row `number`, one cell per value from column A: numbers as numeric cells, other
    /// text as inline strings, nil left out (an empty cell).
    static func row(_ number: Int, _ values: [String?]) -> String {
        let cells = values.enumerated().compactMap { column, value -> String? in
            guard let value else { return nil }
            let reference = "\(Character(Unicode.Scalar(UInt8(65 + column))))\(number)"
            if Double(value) != nil { return #"<c r="\#(reference)"><v>\#(value)</v></c>"# }
            return #"<c r="\#(reference)" t="inlineStr"><is><t>\#(value)</t></is></c>"#
        }
        return "<row r=\"\(number)\">\(cells.joined())</row>"
    }

    static func validate(_ province: MiniProvince) throws -> ValidateJob.Result {
        let request = JobRequest(pipelinePath: province.pipeline, period: "2025-Q1")
        let today = try #require(CivilDate(year: 2025, month: 5, day: 1))
        return try ValidateJob.run(request, today: today, startedAt: "2025-05-01T00:00:00Z")
    }

    @Test func aWorkbookIsValidatedWithItsSheetRowNumbers() throws {
        let rows = [
            Self.row(2, ["152", nil, "2024-Q1", "agriculture", "100", "80"]),
            // Row 3 is left out: a blank row.
            Self.row(4, ["152", nil, "2025-Q1", "agriculture", "110", "80.1"]),
            Self.row(5, ["152", nil, "2025-Q1", "industry", "1", "12.5x"]),
        ].joined()
        let province = try Self.province(data: rows)
        let result = try Self.validate(province)
        let file = try #require(result.outcome.files.first { $0.path == Self.workbookPath })
        #expect(file.encoding == "xlsx")
        #expect(file.delimiter == nil)
        #expect((file.rowsRead, file.rowsAccepted, file.rowsRejected, file.blankRows) == (3, 2, 1, 1))
        let lines = try province.rejectLines("economic_accounts")
        #expect(lines.count == 1)
        // source_file names the workbook and its sheet.
        #expect(lines == [
            Self.workbookPath + "#Số liệu,5,type-error,value_constant,value_constant '12.5x' is not a valid number,"
                + "\"152,,2025-Q1,industry,1,12.5x\"",
        ])
    }

    @Test func aSheetTheWorkbookLacksRejectsThatFileOnly() throws {
        let province = try Self.province(data: Self.row(2, ["152"]), sheet: "Không có")
        let result = try Self.validate(province)
        let lines = try province.rejectLines("economic_accounts")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix(Self.workbookPath + ",1,source-error,,") == true)
        #expect(result.outcome.datasets.first { $0.name == "ocop_products" }?.rowsAccepted == 2)
    }

    @Test func aMergedHeaderRejectsTheWorkbookWhole() throws {
        let province = try Self.province(
            data: Self.row(2, ["152"]), afterSheetData: #"<mergeCells count="1"><mergeCell ref="E1:F1"/></mergeCells>"#)
        _ = try Self.validate(province)
        let lines = try province.rejectLines("economic_accounts")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(",1,source-error,,") == true)
        #expect(lines.first?.contains("merged header cells E1:F1") == true)
    }
}
