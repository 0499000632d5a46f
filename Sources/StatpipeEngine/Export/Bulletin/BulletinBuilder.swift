import StatpipeCore

/// Lays out the bulletin from the summary tables and the validation outcome.
///
/// It prints each figure as the summary table's cell text (the tables are already rounded
/// exactly, SPEC §5) and never computes a figure of its own beyond counting rejected rows
/// from the validation report. Areas are named from the tables, never from a fixed list.
struct BulletinBuilder {
    /// What marks an undefined figure in a table or headline: never 0.
    static let undefined = "–"

    let context: ExportContext
    /// Area code → name, from `growth_by_area` then `ocop_counts`.
    let names: [String: String]
    /// The district codes in table order (the province excluded).
    let districtCodes: [String]

    init(_ context: ExportContext) {
        self.context = context
        var names = [context.province.code: context.province.name]
        var codes: [String] = []
        let named = SummaryRows(context.table("growth_by_area")).rows + SummaryRows(context.table("ocop_counts")).rows
        let listed =
            named + SummaryRows(context.table("reevaluation_compliance")).rows
            + SummaryRows(context.table("submissions")).rows
        for row in listed where row["area_code"] != context.province.code {
            let code = row["area_code"]
            if !codes.contains(code) { codes.append(code) }
        }
        for row in named where names[row["area_code"]] == nil && !row["area_name"].isEmpty {
            names[row["area_code"]] = row["area_name"]
        }
        self.names = names
        districtCodes = codes
    }

    /// The language of every label (`--lang`); figures and data values never change with it.
    var language: BulletinLanguage { context.language }
    /// The province's code, which marks its row in every per-area table.
    var provinceCode: String { context.province.code }

    /// The whole bulletin.
    func build() -> BulletinDocument {
        let period = context.period
        let sections = [
            growthSection(), ocopSection(), reevaluationSection(), submissionsSection(), appendixSection(),
        ]
        return BulletinDocument(
            language: language,
            masthead: [context.province.name, period.description],
            title: text(.title, context.province.name, period.description),
            subtitle: [
                text(.referencePeriod, period.description, period.startDate.description, period.endDate.description),
                text(.dataAsOf, context.asOf.description),
            ],
            headlineHeading: text(.headlines),
            headlineColumns: [text(.indicator), text(.figure), text(.note)],
            headlines: headlines(),
            sections: Self.numbered(sections, language),
            footer: text(.footer)
        )
    }

    /// A label in the bulletin's language.
    func text(_ label: BulletinLabel, _ arguments: String...) -> String { label.text(language, arguments) }

    /// A figure as printed: the cell text, or the undefined mark.
    func figure(_ text: String) -> String { text.isEmpty ? Self.undefined : text }

    /// A percentage as printed in running text: `12.76%`, or the undefined mark.
    func percent(_ text: String) -> String { text.isEmpty ? Self.undefined : text + "%" }

    /// A numeric table cell.
    func number(_ text: String) -> BulletinDocument.Table.Cell { .init(figure(text)) }

    /// The name of an area code, or the code when no table names it.
    func name(_ code: String) -> String { names[code] ?? code }

    /// Whether a row belongs to the province.
    func isProvince(_ row: SummaryRows.Row) -> Bool { row["area_code"] == provinceCode }

    /// A numeric column.
    func numeric(_ title: String) -> BulletinDocument.Table.Column { .init(title: title, kind: .number) }

    /// Prefixes captions with `Table n.` and `Figure n.`, counted through the bulletin.
    private static func numbered(
        _ sections: [BulletinDocument.Section],
        _ language: BulletinLanguage
    ) -> [BulletinDocument.Section] {
        var tables = 0
        var figures = 0
        return sections.map { section in
            var section = section
            section.blocks = section.blocks.map { block in
                switch block {
                case .table(var table):
                    tables += 1
                    table.caption = BulletinLabel.tableNumber.text(language, String(tables)) + " " + table.caption
                    return .table(table)
                case .barChart(var chart):
                    figures += 1
                    chart.caption = BulletinLabel.figureNumber.text(language, String(figures)) + " " + chart.caption
                    return .barChart(chart)
                case .timelineChart(var chart):
                    figures += 1
                    chart.caption = BulletinLabel.figureNumber.text(language, String(figures)) + " " + chart.caption
                    return .timelineChart(chart)
                case .subheading, .paragraph, .list:
                    return block
                }
            }
            return section
        }
    }
}
