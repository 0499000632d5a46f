/// `growth_by_area.csv` and `growth_by_sector.csv` for one quarter (SPEC §5).
public struct GrowthTables: Sendable {
    public static let areaColumns = [
        "period", "area_code", "area_name", "grdp_constant", "grdp_constant_prev", "yoy_growth_pct", "ytd_growth_pct", "rank",
    ]
    public static let sectorColumns = [
        "period", "area_code", "sector", "value_constant", "value_constant_prev", "yoy_growth_pct", "contribution_pp",
        "share_current_pct",
    ]

    public let byArea: SummaryTable
    public let bySector: SummaryTable
    /// Why province figures are empty, naming the districts (SPEC §5).
    public let warnings: [String]

    /// Computes both tables.
    /// - Parameter sectors: The sectors in the schema's enum order.
    public init(period: Quarter, areas: AreaList, sectors: [String], sums: GrowthAccumulator) {
        let figures = GrowthFigures(sums: sums, areas: areas, sectors: sectors)
        let previous = period.advanced(by: -4)
        let ytd = period.yearToDate
        let ytdPrevious = ytd.map { $0.advanced(by: -4) }

        // The province is all or nothing: every district must have reported Q and Q−4.
        let silentNow = figures.silentDistricts(period)
        let silentBefore = figures.silentDistricts(previous)
        let provinceDefined = silentNow.isEmpty && silentBefore.isEmpty
        var warnings: [String] = []
        if !provinceDefined {
            let names = Self.describe(silentNow, period) + Self.describe(silentBefore, previous)
            warnings.append("province growth for \(period) is empty: no accepted economic_accounts rows from \(names.joined(separator: ", "))")
        } else {
            let silentYTD = Set((ytd + ytdPrevious).flatMap { figures.silentDistricts($0) }.map(\.code)).sorted()
            if !silentYTD.isEmpty {
                warnings.append("province year-to-date growth for \(period) is empty: districts \(silentYTD.joined(separator: ", ")) lack a quarter it needs")
            }
        }
        let isDefined = { (area: Area) in area != areas.province || provinceDefined }

        var byArea = SummaryTable(name: "growth_by_area", columns: Self.areaColumns)
        let ranks = Self.ranks(areas.districts) { district in
            guard let now = figures.constant(district, period), let before = figures.constant(district, previous),
                before.significand != 0
            else { return nil }
            return (now, before)
        }
        for area in areas.all {
            let now = isDefined(area) ? figures.constant(area, period) : nil
            let before = isDefined(area) ? figures.constant(area, previous) : nil
            let ytdNow = isDefined(area) ? figures.constant(area, ytd) : nil
            let ytdBefore = isDefined(area) ? figures.constant(area, ytdPrevious) : nil
            byArea.append([
                .text(period.description), .text(area.code), .text(area.name), Figure.value(now), Figure.value(before),
                Figure.growth(now, over: before), Figure.growth(ytdNow, over: ytdBefore),
                ranks[area.code].map(TableCell.count) ?? .undefined,
            ])
        }

        var bySector = SummaryTable(name: "growth_by_sector", columns: Self.sectorColumns)
        for area in areas.all {
            let grdpBefore = isDefined(area) ? figures.constant(area, previous) : nil
            let current = isDefined(area) ? figures.current(area, period) : nil
            for (index, sector) in sectors.enumerated() {
                let now = isDefined(area) ? figures.constant(area, period, sector: sector) : nil
                let before = isDefined(area) ? figures.constant(area, previous, sector: sector) : nil
                let change = now.flatMap { now in before.map { now - $0 } }
                bySector.append([
                    .text(period.description), .text(area.code), .text(sector), Figure.value(now), Figure.value(before),
                    Figure.growth(now, over: before), Figure.percent(change, of: grdpBefore),
                    Figure.percent(current?.bySector[index], of: current?.total),
                ])
            }
        }
        self.byArea = byArea
        self.bySector = bySector
        self.warnings = warnings
    }

    /// Competition ranks (1, 2, 2, 4) by growth, descending; ties are exact equalities of
    /// now/before, compared by cross-multiplication so no rounding can split or join them.
    static func ranks(_ districts: [Area], growth: (Area) -> (now: ExactDecimal, before: ExactDecimal)?) -> [String: Int] {
        let ratios = districts.compactMap { district in growth(district).map { (district.code, $0.now, $0.before) } }
        // now/before > now'/before'  ⇔  now·before' > now'·before  (before, before' > 0)
        let isAhead = { (a: (String, ExactDecimal, ExactDecimal), b: (String, ExactDecimal, ExactDecimal)) -> Bool in
            let scale = max(a.1.scale, a.2.scale, b.1.scale, b.2.scale)
            let left = a.1.rescaled(to: scale).significand * b.2.rescaled(to: scale).significand
            let right = b.1.rescaled(to: scale).significand * a.2.rescaled(to: scale).significand
            return left > right
        }
        var ranks: [String: Int] = [:]
        for entry in ratios {
            ranks[entry.0] = 1 + ratios.filter { isAhead($0, entry) }.count
        }
        return ranks
    }

    private static func describe(_ districts: [Area], _ quarter: Quarter) -> [String] {
        districts.map { "\($0.code) (\(quarter))" }
    }
}
