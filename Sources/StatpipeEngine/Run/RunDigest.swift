import StatpipeCore

/// The five-line digest `statpipe run --verbose` prints: the headline of the bulletin.
public enum RunDigest {
    public static func render(_ result: RunJob.Result) -> String {
        let table = { (name: String) in result.tables.first { $0.name == name } }
        let cell = { (table: SummaryTable?, row: [TableCell]?, column: String) -> String in
            guard let table, let row, let index = table.columns.firstIndex(of: column) else { return "" }
            return row[index].text
        }
        var lines: [String] = []

        let areas = table("growth_by_area")
        let province = areas?.rows.first
        let growth = cell(areas, province, "yoy_growth_pct")
        lines.append("Province GRDP \(result.period) vs a year earlier (constant 2010 prices): \(signed(growth))")
        let best = areas?.rows.first { cell(areas, $0, "rank") == "1" }
        lines.append("Fastest-growing district: " + (best.map { "\(cell(areas, $0, "area_name")) (\(cell(areas, $0, "area_code"))) \(signed(cell(areas, $0, "yoy_growth_pct")))" } ?? "none (no growth figure)"))

        let counts = table("ocop_counts")
        let all = counts?.rows.first { cell(counts, $0, "category") == OcopTables.allCategories }
        let stars = OcopTables.starColumns.map { "\(cell(counts, all, "stars_\($0)"))×\($0)★" }.joined(separator: ", ")
        lines.append("OCOP products in force on \(result.asOf): \(cell(counts, all, "total")) (\(stars))")

        let compliance = table("reevaluation_compliance")
        let total = compliance?.rows.first
        lines.append("Re-evaluation compliance \(result.period): \(percent(cell(compliance, total, "compliance_pct"))) "
            + "(\(cell(compliance, total, "reevaluated")) of \(cell(compliance, total, "required")) required; \(cell(compliance, total, "overdue")) overdue)")

        let rejected = result.outcome.datasets.filter { $0.rowsRejected > 0 }.map { "\($0.name) \($0.rowsRejected)" }
        let read = result.outcome.datasets.map(\.rowsRead).reduce(0, +)
        let rejectedTotal = result.outcome.datasets.map(\.rowsRejected).reduce(0, +)
        lines.append("Rejected rows: \(rejectedTotal) of \(read)" + (rejected.isEmpty ? "" : " (\(rejected.joined(separator: ", ")))"))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func signed(_ figure: String) -> String {
        guard !figure.isEmpty else { return "undefined" }
        return (figure.hasPrefix("-") ? figure : "+" + figure) + "%"
    }

    private static func percent(_ figure: String) -> String { figure.isEmpty ? "undefined" : figure + "%" }
}
