import StatpipeCore

/// A smooth model of constant-price GRDP by district, sector and quarter, before calibration.
///
/// value = size × mix × seasonal factor × growth index of the year × (1 ± noise). Growth is the
/// province trend of the sector and year, paced for industry, plus a per-district jitter, so
/// districts grow at varied rates. Only products and sums of doubles are used (no `pow`, no
/// transcendental functions), so the numbers are the same on every IEEE-754 machine.
struct GRDPModel {
    /// Year-on-year growth of each sector's province trend, by year (the first year is the base).
    let trend: [Int: [Sector: Double]]
    /// Seasonal factors by sector, for quarters 1…4.
    let seasonality: [Sector: [Double]]
    /// Jitter added to each district's yearly growth, in ±.
    let growthJitter: Double
    /// Noise of each quarterly value, in ±.
    let quarterNoise: Double

    /// The modelled value of every district, sector and quarter (draws in a fixed order).
    func values(for economies: [DistrictEconomy], quarters: [Quarter], random: inout SplitMix64) -> GRDPTable<Double> {
        let years = Array(Set(quarters.map(\.year))).sorted()
        var table = GRDPTable<Double>()
        for economy in economies {
            for sector in Sector.allCases {
                let index = growthIndex(of: economy, sector: sector, years: years, random: &random)
                let level = economy.size * (economy.mix[sector] ?? 0)
                for quarter in quarters {
                    let season = seasonality[sector]?[quarter.number - 1] ?? 1
                    let noise = 1 + random.double(in: -quarterNoise...quarterNoise)
                    table[economy.districtCode, sector, quarter] = level * season * (index[quarter.year] ?? 1) * noise
                }
            }
        }
        return table
    }

    /// The district's growth index of a sector by year, 1 in the first year.
    private func growthIndex(of economy: DistrictEconomy, sector: Sector, years: [Int],
                             random: inout SplitMix64) -> [Int: Double] {
        var index: [Int: Double] = [:]
        var level = 1.0
        for year in years {
            if let trendGrowth = trend[year]?[sector] {
                let paced = sector == .industry ? trendGrowth * economy.industryPace : trendGrowth
                level *= 1 + paced + random.double(in: -growthJitter...growthJitter)
            }
            index[year] = level
        }
        return index
    }
}

/// Values by (district, sector, quarter).
struct GRDPTable<Value> {
    private var storage: [Key: Value] = [:]

    /// A (district, sector, quarter) cell.
    struct Key: Hashable {
        let districtCode: String
        let sector: Sector
        let quarter: Quarter
    }

    subscript(districtCode: String, sector: Sector, quarter: Quarter) -> Value? {
        get { storage[Key(districtCode: districtCode, sector: sector, quarter: quarter)] }
        set { storage[Key(districtCode: districtCode, sector: sector, quarter: quarter)] = newValue }
    }
}
