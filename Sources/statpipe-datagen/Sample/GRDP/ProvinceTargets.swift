import StatpipeCore

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
    let base: [Sector: ExactDecimal]
    let current: [Sector: ExactDecimal]

    /// Targets for `published.period` and the same quarter a year earlier.
    /// `structure` gives each sector's basis points of `baseTotal` (summing to 10,000).
    init(published: PublishedFigures, baseTotal: ExactDecimal, structure: [Sector: Int128]) {
        precondition(Sector.allCases.map { structure[$0] ?? 0 }.reduce(0, +) == 10_000, "structure must sum to 10,000")
        currentQuarter = published.period
        baseQuarter = published.period.advanced(by: -4)

        // Each share rounded once to the thousandth; the last sector takes what is left, so the sum is exact.
        var base: [Sector: ExactDecimal] = [:]
        var allocated = ExactDecimal.zero
        for sector in Sector.allCases.dropLast() {
            base[sector] = baseTotal.scaled(by: structure[sector] ?? 0, over: 10_000, places: 3)
            allocated = allocated + (base[sector] ?? .zero)
        }
        base[Sector.allCases.last ?? .taxes] = baseTotal - allocated
        self.base = base

        var current: [Sector: ExactDecimal] = [:]
        for sector in Sector.allCases {
            let growth = Self.hundredths(published.sectorGrowth[sector] ?? "0")
            current[sector] = (base[sector] ?? .zero).scaled(by: 10_000 + growth, over: 10_000, places: 3)
        }
        self.current = current
    }

    /// The targets of the 2025-Q1 Hoa Binh bulletin.
    static let hoaBinh = ProvinceTargets(
        published: .hoaBinh2025Q1,
        baseTotal: ExactDecimal(thousandths: 8_263_417),
        structure: [.agriculture: 1815, .industry: 3650, .services: 4016, .taxes: 519]
    )

    /// A printed percentage (`-5.64`) in hundredths (`-564`); traps on one that is not a 2-decimal number.
    private static func hundredths(_ printed: String) -> Int128 {
        guard let value = ExactDecimal(parsing: printed), value.scale <= 2 else {
            preconditionFailure("not a two-decimal percentage: \(printed)")
        }
        return value.rescaled(to: 2).significand
    }
}
