import Foundation
import StatpipeCore
import StatpipeTestSupport
import Testing

@testable import StatpipeEngine

/// The bulletin from small hand-made tables: the figures printed as the cells are,
/// undefined ones as the placeholder, hostile names inert, labels in both languages, and
/// the same bytes for the same input.
struct BulletinExporterTests {
    static let hostileName = "<script>alert(1)</script>"
    static let formulaName = "=HYPERLINK(\"http://x\",\"y\")"

    // MARK: - Fixture

    /// A province of three districts; district 903 sent no economic accounts, so its
    /// growth figures are undefined. `names` renames districts 901…903.
    static func context(
        names: [String] = ["An Phú", "Bình Yên", "Cẩm Thủy"],
        product: String = "Trà & mật ong 'rừng'",
        producer: String = "HTX Tân Tiến",
        language: BulletinLanguage = .english
    ) throws -> ExportContext {
        let period = "2025-Q1"
        var areas = SummaryTable(name: "growth_by_area", columns: GrowthTables.areaColumns)
        areas.append([
            .text(period), .text("99"), .text("Tỉnh Mẫu"), .number("300.000"), .number("280.000"),
            .number("7.14"), .number("7.14"), .undefined,
        ])
        areas.append([
            .text(period), .text("901"), .text(names[0]), .number("120.500"), .number("100.000"),
            .number("20.50"), .number("20.50"), .number("1"),
        ])
        areas.append([
            .text(period), .text("902"), .text(names[1]), .number("100.000"), .number("105.000"),
            .number("-4.76"), .number("-4.76"), .number("2"),
        ])
        areas.append([
            .text(period), .text("903"), .text(names[2]), .undefined, .number("75.000"),
            .undefined, .undefined, .undefined,
        ])

        var sectors = SummaryTable(name: "growth_by_sector", columns: GrowthTables.sectorColumns)
        for (sector, growth, contribution) in [
            ("agriculture", "2.10", "0.50"), ("industry", "12.34", "5.01"),
            ("services", "3.33", "1.63"), ("taxes", "-1.25", "0.00"),
        ] {
            sectors.append([
                .text(period), .text("99"), .text(sector), .number("75.000"), .number("70.000"),
                .number(growth), .number(contribution), .number("25.00"),
            ])
        }

        var counts = SummaryTable(name: "ocop_counts", columns: OcopTables.countColumns)
        for (code, name, stars) in [
            ("99", "Tỉnh Mẫu", [5, 2, 1]), ("901", names[0], [3, 1, 1]),
            ("902", names[1], [2, 1, 0]), ("903", names[2], [0, 0, 0]),
        ] {
            for category in ["food", "craft-beer", "all"] {
                let cells = category == "all" ? stars : stars.map { $0 / 2 }
                counts.append(
                    [.text("2025-03-31"), .text(code), .text(name), .text(category)]
                        + cells.map(TableCell.count) + [.count(cells.reduce(0, +))]
                )
            }
        }

        var timeline = SummaryTable(name: "ocop_timeline", columns: OcopTables.timelineColumns)
        for (year, inYear, cumulative, inForce) in [(2023, 3, 3, 3), (2024, 4, 7, 6), (2025, 2, 9, 8)] {
            timeline.append([.text("99"), .count(year), .count(inYear), .count(cumulative), .count(inForce)])
        }

        var compliance = SummaryTable(name: "reevaluation_compliance", columns: ComplianceTables.complianceColumns)
        compliance.append([
            .text(period), .text("99"), .count(7), .count(6), .count(1), .number("85.71"), .count(5),
            .count(1), .count(0), .count(0), .number("0.00"),
        ])
        compliance.append([
            .text(period), .text("901"), .count(4), .count(3), .count(1), .number("75.00"), .count(3),
            .count(0), .count(0), .count(0), .number("0.00"),
        ])
        compliance.append([
            .text(period), .text("902"), .count(3), .count(3), .count(0), .number("100.00"), .count(2),
            .count(1), .count(0), .count(0), .number("0.00"),
        ])
        compliance.append([
            .text(period), .text("903"), .count(0), .count(0), .count(0), .undefined, .count(0),
            .count(0), .count(0), .count(0), .undefined,
        ])

        var overdue = SummaryTable(name: "reevaluation_overdue", columns: ComplianceTables.overdueColumns)
        overdue.append([
            .text(period), .text("901"), .text("P-901-1"), .text(product), .text(producer), .count(3),
            .text("2023-06-16"), .text(""), .count(289),
        ])

        var submissions = SummaryTable(name: "submissions", columns: SubmissionTable.columns)
        for (code, status, rejected) in [("901", "ok", 0), ("902", "has_errors", 2), ("903", "missing", 0)] {
            for dataset in ["economic_accounts", "ocop_products"] {
                let state = dataset == "ocop_products" ? "ok" : status
                submissions.append([
                    .text(period), .text(code), .text(dataset), .count(1), .count(10),
                    .count(dataset == "ocop_products" ? 0 : rejected), .text(state),
                ])
            }
        }

        return ExportContext(
            tables: [areas, sectors, counts, timeline, compliance, overdue, submissions],
            period: try #require(Quarter(parsing: period)),
            asOf: try #require(CivilDate(parsing: "2025-03-31")),
            province: Province(code: "99", name: "Tỉnh Mẫu"),
            outcome: outcome(),
            language: language,
            byteOrderMark: true
        )
    }

    /// Two rejected rows in district 902's folder and one in the reference list, which no
    /// district folder claims.
    static func outcome() -> ValidationOutcome {
        var accounts = FileReport(path: "districts/902-binh-yen/economic_accounts.csv", dataset: "economic_accounts")
        accounts.rowsRead = 12
        accounts.rowsAccepted = 10
        accounts.rowsRejected = 2
        var typeErrors = ErrorTally()
        typeErrors.add(
            rowNumber: 7,
            RowProblem(.typeError, field: "value_constant", "value_constant 'x' is not a number")
        )
        typeErrors.add(rowNumber: 9, RowProblem(.typeError, field: "value_constant", "value_constant '' is missing"))
        accounts.errors = [.typeError: typeErrors]
        var reference = FileReport(path: "reference/districts.csv", dataset: "districts")
        reference.rowsRead = 4
        reference.rowsAccepted = 3
        reference.rowsRejected = 1
        var unique = ErrorTally()
        unique.add(rowNumber: 3, RowProblem(.uniqueError, field: "district_code", "district_code 901 <again>"))
        reference.errors = [.uniqueError: unique]
        return ValidationOutcome(
            files: [accounts, reference],
            datasets: [
                DatasetReport(
                    name: "districts",
                    files: 1,
                    rowsRead: 4,
                    rowsAccepted: 3,
                    rowsRejected: 1,
                    blankRows: 0,
                    maxRejectRatio: 1
                ),
                DatasetReport(
                    name: "economic_accounts",
                    files: 1,
                    rowsRead: 12,
                    rowsAccepted: 10,
                    rowsRejected: 2,
                    blankRows: 0,
                    maxRejectRatio: 1
                ),
            ],
            warnings: [
                RunWarning(code: "extra-label", file: "districts/901-an-phu/x.csv", message: "column *notes* ignored")
            ]
        )
    }

    // MARK: - Tests

    @Test func thePageIsSelfContained() throws {
        let html = BulletinExporter.render(try Self.context()).html
        for forbidden in ["<script", "http", "src=", "href=", "url(", "@import", "<link", "<img", "<iframe"] {
            #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("@page {\n  size: A4;"))
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 3, "growth, timeline, compliance")
    }

    @Test func hostileNamesComeOutAsInertText() throws {
        let context = try Self.context(
            names: ["An Phú", Self.hostileName, Self.formulaName],
            product: Self.hostileName,
            producer: Self.formulaName
        )
        let (html, markdown) = BulletinExporter.render(context)
        #expect(!html.contains("<script"))
        #expect(!html.contains("\"http"))
        // In tables and in the SVG chart labels alike.
        #expect(html.contains("<th scope=\"row\">&lt;script&gt;alert(1)&lt;/script&gt;</th>"))
        #expect(html.contains("text-anchor=\"end\">&lt;script&gt;alert(1)&lt;/script&gt;</text>"))
        #expect(html.contains("<td>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</td>"))
        #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        #expect(html.contains("district_code 901 &lt;again&gt;"))
        // Every `<` of the Markdown is backslash-escaped, so none opens a tag.
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(markdown.contains("| \\<script\\>alert(1)\\</script\\> |"))
        #expect(markdown.contains("column \\*notes\\* ignored"))
    }

    @Test func quotesAndAmpersandsAreEscaped() throws {
        let html = BulletinExporter.render(try Self.context()).html
        #expect(html.contains("<td>Trà &amp; mật ong &#39;rừng&#39;</td>"))
    }

    @Test func markdownCellsKeepPipesAndMarkupLiteral() throws {
        let markdown = BulletinExporter.render(try Self.context(product: "A|B *c* _d_ `e` [f](g)")).markdown
        #expect(markdown.contains("| A\\|B \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) |"))
    }

    @Test func figuresAreTheCellsAsPrinted() throws {
        let (html, markdown) = BulletinExporter.render(try Self.context())
        #expect(html.contains("<p class=\"card-value\">7.14%</p>"))
        #expect(html.contains("<p class=\"card-value\">8</p>"), "OCOP in force: the `all` total of the province")
        #expect(html.contains("<p class=\"card-value\">85.71%</p>"))
        #expect(html.contains("<p class=\"card-value\">3</p>"), "rejected rows of the validation report")
        #expect(
            html.contains(
                "<th scope=\"row\">An Phú</th><td class=\"num\">120.500</td><td class=\"num\">100.000</td>"
                    + "<td class=\"num\">20.50</td><td class=\"num\">20.50</td><td class=\"num\">1</td>"
            )
        )
        #expect(html.contains(">-4.76%</text>"), "the chart labels its bar with the printed figure")
        #expect(html.contains(">Province 7.14%</text>"), "the province reference line")
        #expect(markdown.contains("| An Phú | 120.500 | 100.000 | 20.50 | 20.50 | 1 |"))
        #expect(markdown.contains("| **Tỉnh Mẫu** | **300.000** | **280.000** | **7.14** | **7.14** |  |"))
        #expect(markdown.contains("| Industry and construction | 75.000 | 70.000 | 12.34 | 5.01 | 25.00 |"))
        #expect(markdown.contains("| craft-beer |"), "a product group without a label prints as it is")
    }

    @Test func undefinedFiguresShowThePlaceholderNeverZero() throws {
        let (html, markdown) = BulletinExporter.render(try Self.context())
        #expect(
            html.contains(
                "<th scope=\"row\">Cẩm Thủy</th><td class=\"num\">–</td><td class=\"num\">75.000</td>"
                    + "<td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">–</td>"
            )
        )
        #expect(markdown.contains("| Cẩm Thủy | – | 75.000 | – | – | – |"))
        // Counts stay 0; the percentages, whose denominator is 0, are undefined.
        #expect(markdown.contains("| Cẩm Thủy | 0 | 0 | 0 | – |\n"))
        #expect(markdown.contains("| Cẩm Thủy | 0 | 0 | 0 | 0 | 0 | – |\n"))
        #expect(html.contains("class=\"na\" x=") && html.contains(">n/a</text>"))
    }

    @Test func rejectedRowsAreCountedByTheFileFolderDistrict() throws {
        let markdown = BulletinExporter.render(try Self.context()).markdown
        #expect(markdown.contains("| District | type-error | unique-error | Total |"))
        #expect(markdown.contains("| Bình Yên | 2 | 0 | 2 |"))
        #expect(markdown.contains("| Other files | 0 | 1 | 1 |"))
        #expect(markdown.contains("| **Total** | **2** | **1** | **3** |"))
        #expect(markdown.contains("| ! Has errors (2 rejected) |") || markdown.contains("! Has errors (2 rejected)"))
        #expect(markdown.contains("✗ Missing"))
    }

    @Test func vietnameseLabelsWithVietnamese() throws {
        let (html, markdown) = BulletinExporter.render(try Self.context(language: .vietnamese))
        #expect(html.contains("<html lang=\"vi\">"))
        #expect(html.contains("<h1>Tỉnh Mẫu — Bản tin thống kê quý, 2025-Q1</h1>"))
        for label in ["Tăng trưởng GRDP", "Sản phẩm OCOP", "Tỷ lệ đánh giá lại", "Phụ lục: chất lượng số liệu"] {
            #expect(html.contains(label), "\(label)")
            #expect(markdown.contains(label), "\(label)")
        }
        #expect(!html.contains("Quarterly statistical bulletin"))
        #expect(markdown.hasPrefix("# Tỉnh Mẫu — Bản tin thống kê quý, 2025-Q1\n"))
        #expect(html.contains("<td class=\"num\">20.50</td>"), "figures do not change with the language")
    }

    @Test func englishIsTheDefaultLanguage() throws {
        let (html, markdown) = BulletinExporter.render(try Self.context())
        #expect(html.contains("<h1>Tỉnh Mẫu — Quarterly statistical bulletin, 2025-Q1</h1>"))
        #expect(markdown.hasPrefix("# Tỉnh Mẫu — Quarterly statistical bulletin, 2025-Q1\n"))
    }

    @Test func everyLabelHasBothLanguages() throws {
        for label in BulletinLabel.allCases {
            #expect(!label.text(.english).isEmpty && !label.text(.vietnamese).isEmpty, "\(label)")
        }
        #expect(BulletinLabel.title.text(.english, "{1}", "Q") == "{1} — Quarterly statistical bulletin, Q")
        #expect(BulletinLabel.value("title", .english) == "title", "only data values have labels")
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let directory = try TemporaryDirectory()
        var written: [[UInt8]] = []
        for run in 0..<2 {
            let staged = try StagedDirectory(target: directory.url.appendingPathComponent("run\(run)"))
            try BulletinExporter().export(try Self.context(), into: staged)
            try staged.publish()
            for path in [BulletinExporter.htmlPath, BulletinExporter.markdownPath] {
                written.append(Array(try Data(contentsOf: staged.target.appendingPathComponent(path))))
            }
        }
        #expect(written[0] == written[2] && written[1] == written[3])
        let rendered = BulletinExporter.render(try Self.context())
        #expect(written[0] == Array(rendered.html.utf8))
        #expect(written[1] == Array(rendered.markdown.utf8))
    }

    @Test func aBulletinWithoutTablesStillRenders() throws {
        let empty = ExportContext(
            tables: [],
            period: try #require(Quarter(parsing: "2025-Q1")),
            asOf: try #require(CivilDate(parsing: "2025-03-31")),
            province: Province(code: "99", name: "Tỉnh Mẫu"),
            outcome: ValidationOutcome(files: [], datasets: [], warnings: []),
            language: .english,
            byteOrderMark: true
        )
        let (html, markdown) = BulletinExporter.render(empty)
        #expect(html.contains("<p class=\"card-value\">–</p>"))
        #expect(html.contains("No product is overdue."))
        #expect(html.contains("No row was rejected."))
        #expect(!html.contains("NaN") && !html.contains("\"inf") && !html.contains("\"-inf"))
        #expect(markdown.contains("No data"))
    }
}
