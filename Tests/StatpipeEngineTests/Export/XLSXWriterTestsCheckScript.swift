import Foundation
import StatpipeCore
@testable import StatpipeEngine
import StatpipeTestSupport
import Testing

/// `scripts/check_xlsx.py` reads the workbook as a spreadsheet user would (openpyxl) and
/// compares it with the summary CSVs. Runs only where python3 has openpyxl: the suite
/// never depends on Python.
struct XLSXWriterCheckScriptTests {
    /// Whether `python3 -c "import openpyxl"` succeeds here.
    static let hasOpenpyxl: Bool = {
        guard let python = python3 else { return false }
        return (try? CommandRunner.run(python, ["-c", "import openpyxl"]).status) == 0
    }()

    static let python3: URL? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent("python3") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let script = RepositoryPaths.packageRoot.appendingPathComponent("scripts/check_xlsx.py").path

    /// Tables with the text a spreadsheet could misread: formulas, markup, control
    /// characters, Vietnamese, undefined figures.
    static var tables: [SummaryTable] {
        var overdue = SummaryTable(
            name: "reevaluation_overdue", columns: ["area_code", "product_name", "stars", "days"]
        )
        overdue.append([.text("152"), .text("=HYPERLINK(\"http://x\",\"y\")"), .count(3), .number("95")])
        overdue.append([.text("153"), .text("<script>alert(1)</script> & \"Trà\""), .count(4), .undefined])
        overdue.append([.text("154"), .text("bell\u{7} _x0041_ tab\there"), .undefined, .number("-12.500")])
        overdue.append([.text("155"), .text("-Mật ong"), .count(5), .number("0.00")])
        var growth = SummaryTable(name: "growth_by_area", columns: ["area_code", "area_name", "yoy_growth_pct"])
        growth.append([.text("17"), .text("Hòa Bình"), .number("12.76")])
        growth.append([.text("152"), .text("Lương Sơn"), .undefined])
        return [growth, overdue]
    }

    /// A run-like folder: summaries/*.csv, summary.json and summary.xlsx.
    private func runFolder(_ out: TemporaryDirectory) throws -> StagedDirectory {
        let staged = try StagedDirectory(target: out.url.appendingPathComponent("2025-Q1"))
        let context = try SDMXExporterTests.context(Self.tables)
        try SummaryWriter.write(
            context.tables, period: context.period, asOf: context.asOf, province: context.province, into: staged,
            byteOrderMark: true
        )
        try XLSXExporter().export(context, into: staged)
        return staged
    }

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is not installed; pip install openpyxl to run"))
    func theWorkbookMatchesTheSummaryCSVsInOpenpyxl() throws {
        let out = try TemporaryDirectory()
        let staged = try runFolder(out)
        let python = try #require(Self.python3)
        let result = try CommandRunner.run(python, [Self.script, staged.staging.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardError.contains("2 sheets"))
    }

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is not installed; pip install openpyxl to run"))
    func theScriptReportsADifference() throws {
        let out = try TemporaryDirectory()
        let staged = try runFolder(out)
        let csv = staged.staging.appendingPathComponent("summaries/growth_by_area.csv")
        let text = String(decoding: try Data(contentsOf: csv), as: UTF8.self)
        try Data(text.replacingOccurrences(of: "12.76", with: "12.77").utf8).write(to: csv)
        let python = try #require(Self.python3)
        let result = try CommandRunner.run(python, [Self.script, staged.staging.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("growth_by_area!C2: 12.76 != CSV '12.77'"), "\(result.standardOutput)")
    }
}
