/// The province's constant-price sector totals in the two quarters the published growth compares.
///
/// The base quarter's totals split a base total by a sector structure (basis points); the current
/// quarter's apply the published sector growth to them. The structure is what makes the published
/// contributions come out (contribution = growth × base share): 27.18 % × 36.50 % → 9.92 pp,
/// 4.19 % × 18.15 % → 0.76 pp, 5.91 % × 40.16 % → 2.37 pp, and the total 12.76 %. The verifier
/// recomputes every one of them from the rows written.
struct ProvinceTargets {
    let baseQuarter: Quarter
    let currentQuarter: Quarter
    let base: [Sector: Thousandths]
    let current: [Sector: Thousandths]

    /// Targets for `published.period` and the same quarter a year earlier.
    /// `structure` gives each sector's basis points of `baseTotal` (summing to 10,000).
    init(published: PublishedFigures, baseTotal: Thousandths, structure: [Sector: Int64]) {
        precondition(Sector.allCases.map { structure[$0] ?? 0 }.reduce(0, +) == 10_000, "structure must sum to 10,000")
        currentQuarter = published.period
        baseQuarter = published.period.yearsEarlier(1)

        var base: [Sector: Thousandths] = [:]
        var allocated = Thousandths.zero
        for sector in Sector.allCases.dropLast() {
            base[sector] = Thousandths(raw: Self.scaled(baseTotal.raw, by: structure[sector] ?? 0, over: 10_000))
            allocated = allocated + (base[sector] ?? .zero)
        }
        base[Sector.allCases.last ?? .taxes] = baseTotal - allocated
        self.base = base

        var current: [Sector: Thousandths] = [:]
        for sector in Sector.allCases {
            let growth = published.sectorGrowth[sector]?.hundredths ?? 0
            current[sector] = Thousandths(raw: Self.scaled(base[sector]?.raw ?? 0, by: 10_000 + growth, over: 10_000))
        }
        self.current = current
    }

    /// The targets of the 2025-Q1 Hoa Binh bulletin.
    static let hoaBinh = ProvinceTargets(
        published: .hoaBinh2025Q1,
        baseTotal: Thousandths(raw: 8_263_417),
        structure: [.agriculture: 1815, .industry: 3650, .services: 4016, .taxes: 519]
    )

    /// value × numerator / denominator for non-negative integers, rounded half up.
    private static func scaled(_ value: Int64, by numerator: Int64, over denominator: Int64) -> Int64 {
        (2 * value * numerator + denominator) / (2 * denominator)
    }
}
