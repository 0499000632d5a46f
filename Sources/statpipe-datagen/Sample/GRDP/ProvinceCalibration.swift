import StatpipeCore

/// Scales modelled GRDP to the province targets and rounds it to exact thousandths.
///
/// Each sector is scaled by one factor in every quarter, so the base quarter sums to its target
/// while the model's shape is kept; the current quarter gets a second, small factor so that it
/// sums to its target too. In those two quarters the districts' values are apportioned so that
/// the sums are exact to the thousandth; other quarters are rounded.
enum ProvinceCalibration {
    /// The calibrated constant-price values of every district, sector and quarter.
    static func calibrate(_ model: GRDPTable<Double>, districtCodes: [String], quarters: [Quarter],
                          targets: ProvinceTargets) -> GRDPTable<ExactDecimal> {
        var result = GRDPTable<ExactDecimal>()
        for sector in Sector.allCases {
            let modelled = { (quarter: Quarter) in districtCodes.map { model[$0, sector, quarter] ?? 0 } }
            let levelFactor = target(targets.base, sector) / modelled(targets.baseQuarter).reduce(0, +)
            let currentFactor = target(targets.current, sector)
                / (levelFactor * modelled(targets.currentQuarter).reduce(0, +))
            for quarter in quarters {
                let factor = quarter == targets.currentQuarter ? levelFactor * currentFactor : levelFactor
                let scaled = modelled(quarter).map { $0 * factor }
                let pinned: ExactDecimal? = switch quarter {
                case targets.baseQuarter: targets.base[sector]
                case targets.currentQuarter: targets.current[sector]
                default: nil
                }
                let values = pinned.map { total in Apportionment.split(total, by: scaled) }
                    ?? scaled.map(ExactDecimal.init(roundingToThousandths:))
                for (code, value) in zip(districtCodes, values) {
                    result[code, sector, quarter] = value
                }
            }
        }
        return result
    }

    private static func target(_ totals: [Sector: ExactDecimal], _ sector: Sector) -> Double {
        totals[sector]?.approximation ?? 0
    }
}
