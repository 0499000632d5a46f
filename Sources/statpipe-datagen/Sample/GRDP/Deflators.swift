import StatpipeCore

/// Current-price values from constant-price ones (constant 2010 prices × an implicit deflator).
///
/// Each sector's deflator starts at a base level and rises linearly each quarter; each district
/// and sector has a fixed jitter and each value a small noise, keeping deflators in about 1.3–1.6.
struct Deflators {
    /// The deflator of each sector in the first quarter of the series.
    let base: [Sector: Double]
    /// Added to every deflator each quarter.
    let quarterlyRise: Double
    /// Fixed per district and sector, in ±.
    let districtJitter: Double
    /// Per value, in ±.
    let valueNoise: Double

    /// The current-price value of each constant-price value of a district's sector series,
    /// `series` being in quarter order from the first quarter of the data.
    func currentValues(for series: [ExactDecimal], sector: Sector, random: inout SplitMix64) -> [ExactDecimal] {
        let districtFactor = 1 + random.double(in: -districtJitter...districtJitter)
        return series.enumerated().map { offset, constant in
            let deflator = ((base[sector] ?? 1) + quarterlyRise * Double(offset)) * districtFactor
            let noise = 1 + random.double(in: -valueNoise...valueNoise)
            return ExactDecimal(roundingToThousandths: constant.approximation * deflator * noise)
        }
    }
}
