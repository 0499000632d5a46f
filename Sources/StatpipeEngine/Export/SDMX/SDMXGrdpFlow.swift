import StatpipeCore

/// `sdmx/grdp.csv` (SPEC §6): GRDP at constant prices, its growth and the sectors'
/// contributions, from `growth_by_area` and `growth_by_sector`.
///
/// One observation per area × (`_T` for the whole economy, then each sector) × measure,
/// areas and sectors in the order of the summary tables.
enum SDMXGrdpFlow {
    static let path = "sdmx/grdp.csv"
    static let structureID = "STATPIPE:GRDP(1.0)"
    static let dimensions = ["REF_AREA", "SECTOR", "MEASURE", "TIME_PERIOD"]
    /// The `SECTOR` code of the whole economy (SDMX's code for a total).
    static let wholeEconomy = "_T"

    /// A measure of the flow: its code, unit and the summary column it comes from.
    struct Measure: Sendable {
        let code: String
        let unit: String
        let column: String
    }

    static let areaMeasures = [
        Measure(code: "GRDP_K", unit: "VND_BN", column: "grdp_constant"),
        Measure(code: "GROWTH_YOY", unit: "PC", column: "yoy_growth_pct"),
    ]
    static let sectorMeasures = [
        Measure(code: "GRDP_K", unit: "VND_BN", column: "value_constant"),
        Measure(code: "GROWTH_YOY", unit: "PC", column: "yoy_growth_pct"),
        Measure(code: "CONTRIB", unit: "PP", column: "contribution_pp"),
    ]

    /// The flow's observations for the run of `context`.
    /// - Throws: ``StatpipeError`` (`invalidData`) when a table or column it reads is missing.
    static func dataset(_ context: ExportContext) throws(StatpipeError) -> SDMXDataset {
        let areas = try SDMXSourceTable("growth_by_area", in: context, for: path)
        let sectors = try SDMXSourceTable("growth_by_sector", in: context, for: path)
        let areaCode = try areas.column("area_code", for: path)
        let sectorArea = try sectors.column("area_code", for: path)
        let sectorName = try sectors.column("sector", for: path)
        var areaValues: [(Measure, ([TableCell]) -> String)] = []
        for measure in areaMeasures { areaValues.append((measure, try areas.column(measure.column, for: path))) }
        var sectorValues: [(Measure, ([TableCell]) -> String)] = []
        for measure in sectorMeasures { sectorValues.append((measure, try sectors.column(measure.column, for: path))) }

        // Areas in growth_by_area's order; an area only growth_by_sector has comes after.
        var order: [String] = []
        var totals: [String: [TableCell]] = [:]
        var bySector: [String: [[TableCell]]] = [:]
        for row in areas.table.rows where totals[areaCode(row)] == nil {
            order.append(areaCode(row))
            totals[areaCode(row)] = row
        }
        for row in sectors.table.rows {
            let code = sectorArea(row)
            if totals[code] == nil && bySector[code] == nil { order.append(code) }
            bySector[code, default: []].append(row)
        }

        let time = context.period.description
        var dataset = SDMXDataset(structureID: structureID, dimensions: dimensions)
        for code in order {
            if let row = totals[code] {
                for (measure, value) in areaValues {
                    dataset.append(key: [code, wholeEconomy, measure.code, time], value: value(row), unit: measure.unit)
                }
            }
            for row in bySector[code] ?? [] {
                let sector = sectorName(row).uppercased()
                for (measure, value) in sectorValues {
                    dataset.append(key: [code, sector, measure.code, time], value: value(row), unit: measure.unit)
                }
            }
        }
        return dataset
    }
}
