import StatpipeCore

/// GRDP growth of SPEC §5 (growth_by_area, growth_by_sector) computed exactly from accepted rows.
struct GrowthFigures {
    /// One sector of one area: constant-price values, growth and contribution.
    struct SectorFigures {
        let value: ExactDecimal?
        let previous: ExactDecimal?
        /// Printed percentages (SPEC §5), nil when undefined.
        let growth: String?
        let contribution: String?
    }

    /// One area (the province or a district): its GRDP, growth and sectors.
    struct AreaFigures {
        let code: String
        let name: String
        let grdp: ExactDecimal?
        let previous: ExactDecimal?
        let growth: String?
        let sectors: [Sector: SectorFigures]
        /// share_current_pct of each sector; empty when a current-price value is missing.
        let currentShares: [Sector: String]
    }

    /// Province first, then districts by code.
    let areas: [AreaFigures]
    /// The districts with at least one accepted row, by quarter.
    let reporting: [Quarter: Set<String>]

    /// The figures of `period` vs the same quarter a year earlier, from accepted records; the province
    /// row is empty when a district has no accepted row in either quarter (SPEC §5).
    init(records: [EconomicAccountRecord], period: Quarter, districts: [District], province: (code: String, name: String)) {
        var reporting: [Quarter: Set<String>] = [:]
        for record in records { reporting[record.period, default: []].insert(record.districtCode) }
        self.reporting = reporting

        let previousPeriod = period.advanced(by: -4)
        let codes = districts.map(\.code)
        let everyDistrictReported = codes.allSatisfy {
            reporting[period]?.contains($0) == true && reporting[previousPeriod]?.contains($0) == true
        }
        let provinceRows = everyDistrictReported ? records : []
        areas = [Self.area(code: province.code, name: province.name, rows: provinceRows, period: period)]
            + districts.map { district in
                Self.area(code: district.code, name: district.name,
                          rows: records.filter { $0.districtCode == district.code }, period: period)
            }
    }

    private static func area(code: String, name: String, rows: [EconomicAccountRecord], period: Quarter) -> AreaFigures {
        let previousPeriod = period.advanced(by: -4)
        let current = rows.filter { $0.period == period }
        let previous = rows.filter { $0.period == previousPeriod }
        let total = { (rows: [EconomicAccountRecord]) in
            rows.isEmpty ? nil : rows.map(\.valueConstant).reduce(.zero, +)
        }
        let sectorTotal = { (rows: [EconomicAccountRecord], sector: Sector) in
            rows.isEmpty ? nil : rows.filter { $0.sector == sector }.map(\.valueConstant).reduce(.zero, +)
        }
        let grdp = total(current)
        let grdpPrevious = total(previous)
        var sectors: [Sector: SectorFigures] = [:]
        for sector in Sector.allCases {
            let value = sectorTotal(current, sector)
            let before = sectorTotal(previous, sector)
            let change = value.flatMap { value in before.map { value - $0 } }
            sectors[sector] = SectorFigures(
                value: value, previous: before,
                growth: value.flatMap { value in before.flatMap { PrintedPercent.change(from: $0, to: value) } },
                contribution: change.flatMap { change in grdpPrevious.flatMap { PrintedPercent.ratio(change, of: $0) } }
            )
        }
        var shares: [Sector: String] = [:]
        let currentValues = current.compactMap(\.valueCurrent)
        if !current.isEmpty && currentValues.count == current.count {
            let all = currentValues.reduce(.zero, +)
            for sector in Sector.allCases {
                let part = current.filter { $0.sector == sector }.compactMap(\.valueCurrent).reduce(.zero, +)
                shares[sector] = PrintedPercent.ratio(part, of: all)
            }
        }
        return AreaFigures(
            code: code, name: name, grdp: grdp, previous: grdpPrevious,
            growth: grdp.flatMap { grdp in grdpPrevious.flatMap { PrintedPercent.change(from: $0, to: grdp) } },
            sectors: sectors, currentShares: shares
        )
    }
}
