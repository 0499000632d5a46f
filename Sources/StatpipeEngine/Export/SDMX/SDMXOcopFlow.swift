import StatpipeCore

/// `sdmx/ocop.csv` (SPEC §6): OCOP products in force on the as-of date, from `ocop_counts`.
///
/// One observation per area × product group (each category, then `_T` for all) × stars
/// (`3`, `4`, `5`, then `_T`), in the order of the summary table.
enum SDMXOcopFlow {
    static let path = "sdmx/ocop.csv"
    static let structureID = "STATPIPE:OCOP(1.0)"
    static let dimensions = ["REF_AREA", "PRODUCT_GROUP", "STARS", "TIME_PERIOD"]
    static let unit = "NUMBER"
    /// SDMX's code for a total, used for all groups and all star ratings.
    static let total = "_T"

    /// The `STARS` codes and the `ocop_counts` columns they come from.
    static let stars: [(code: String, column: String)] =
        OcopTables.starColumns.map { ("\($0)", "stars_\($0)") } + [(total, "total")]

    /// The flow's observations for the run of `context`.
    /// - Throws: ``StatpipeError`` (`invalidData`) when the table or a column it reads is missing.
    static func dataset(_ context: ExportContext) throws(StatpipeError) -> SDMXDataset {
        let counts = try SDMXSourceTable("ocop_counts", in: context, for: path)
        let areaCode = try counts.column("area_code", for: path)
        let category = try counts.column("category", for: path)
        var values: [(code: String, value: ([TableCell]) -> String)] = []
        for star in stars { values.append((star.code, try counts.column(star.column, for: path))) }

        let time = context.period.description
        var dataset = SDMXDataset(structureID: structureID, dimensions: dimensions)
        for row in counts.table.rows {
            let group = category(row) == OcopTables.allCategories ? total : category(row).uppercased()
            for (code, value) in values {
                dataset.append(key: [areaCode(row), group, code, time], value: value(row), unit: unit)
            }
        }
        return dataset
    }
}
