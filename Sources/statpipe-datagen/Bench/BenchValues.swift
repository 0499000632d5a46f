/// The values of the benchmark's economic_accounts rows.
///
/// Each row's values are a pure function of its key (district, unit, quarter, sector) and the
/// seed, so the rows are the same whatever order or layout they are written in (one file per
/// year, or one file), and nothing is kept between rows.
struct BenchValues {
    let seed: UInt64

    /// `value_current` and `value_constant` of one row in thousandths, both positive: a unit's
    /// level in the sector (1 to 2,500 VND billion), a trend of 1.5 % a quarter ± 3 %, and a
    /// deflator of about 1.3 to 1.6 for current prices.
    func values(district: Int, unit: Int, quarter: Int, sector: Int) -> (current: Int, constant: Int) {
        var unitStream = SplitMix64(seed: seed ^ UInt64(district) << 48 ^ UInt64(unit) << 4 ^ UInt64(sector))
        let level = 1_000 + Int(unitStream.next() % 2_499_000)
        var rowStream = SplitMix64(seed: unitStream.next() ^ UInt64(quarter) << 56)
        let draw = rowStream.next()
        let growth = 1_000 + 15 * quarter + Int(draw % 61) - 30
        let deflator = 1_300 + 11 * quarter + Int((draw >> 32) % 200)
        let constant = level * growth / 1_000
        return (constant * deflator / 1_000, constant)
    }
}
