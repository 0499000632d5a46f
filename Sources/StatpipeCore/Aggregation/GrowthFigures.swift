/// The constant- and current-price totals of an area, as SPEC §5 defines them: a district's
/// sums when it reported the quarter (a sector without rows counts 0), the province's the
/// sum over every district of the reference list, or nothing.
struct GrowthFigures {
    let sums: GrowthAccumulator
    let areas: AreaList
    let sectors: [String]

    /// The districts without an accepted row for `quarter`.
    func silentDistricts(_ quarter: Quarter) -> [Area] {
        areas.districts.filter { !sums.reported($0.code, quarter) }
    }

    /// Σ value_constant of `area` in `quarter`, for one sector or all; nil when undefined.
    func constant(_ area: Area, _ quarter: Quarter, sector: String? = nil) -> ExactDecimal? {
        total(area, quarter) { quarterSums in
            sector.map { quarterSums.constant[$0] ?? .zero } ?? quarterSums.constant.values.reduce(.zero, +)
        }
    }

    /// Σ value_current of `area` in `quarter` by sector (in `sectors` order) and in all;
    /// nil when undefined or when any row of the area lacks a current value.
    func current(_ area: Area, _ quarter: Quarter) -> (bySector: [ExactDecimal], total: ExactDecimal)? {
        let parts = sectors.map { sector in
            total(area, quarter) { $0.lacksCurrent ? nil : ($0.current[sector] ?? .zero) }
        }
        guard parts.allSatisfy({ $0 != nil }) else { return nil }
        let values = parts.compactMap { $0 }
        return (values, values.reduce(.zero, +))
    }

    /// Σ over `quarters` of all sectors; nil when any is undefined.
    func constant(_ area: Area, _ quarters: [Quarter]) -> ExactDecimal? {
        var sum = ExactDecimal.zero
        for quarter in quarters {
            guard let value = constant(area, quarter) else { return nil }
            sum = sum + value
        }
        return sum
    }

    /// Applies `extract` to the area's sums: the district's own, or every district's added
    /// up for the province; nil when a district is silent or `extract` gives nil.
    private func total(_ area: Area, _ quarter: Quarter, _ extract: (GrowthAccumulator.QuarterSums) -> ExactDecimal?) -> ExactDecimal? {
        let districts = area == areas.province ? areas.districts : [area]
        var sum = ExactDecimal.zero
        for district in districts {
            guard let quarterSums = sums.sums(of: district.code, in: quarter), let value = extract(quarterSums) else { return nil }
            sum = sum + value
        }
        return sum
    }
}
