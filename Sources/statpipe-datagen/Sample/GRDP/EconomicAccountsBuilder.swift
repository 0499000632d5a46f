import StatpipeCore

/// Builds every district's economic_accounts records: modelled, calibrated, priced, split by unit.
struct EconomicAccountsBuilder {
    let economies: [DistrictEconomy]
    let model: GRDPModel
    let targets: ProvinceTargets
    let deflators: Deflators
    let reportingUnits: [String: [ReportingUnit]]
    let unitNoise: Double
    let currentPricesUnavailable: [String: Set<Quarter>]

    /// The Hoa Binh builder.
    static let hoaBinh = EconomicAccountsBuilder(
        economies: HoaBinhEconomy.economies,
        model: HoaBinhEconomy.model,
        targets: .hoaBinh,
        deflators: HoaBinhEconomy.deflators,
        reportingUnits: HoaBinhEconomy.reportingUnits,
        unitNoise: HoaBinhEconomy.unitNoise,
        currentPricesUnavailable: HoaBinhEconomy.currentPricesUnavailable
    )

    /// The records of `quarters` (in order), by district, then quarter, sector and unit.
    func records(quarters: [Quarter], random: SplitMix64) -> [EconomicAccountRecord] {
        var modelRandom = random.derived("grdp-model")
        let modelled = model.values(for: economies, quarters: quarters, random: &modelRandom)
        let codes = economies.map(\.districtCode)
        let constant = ProvinceCalibration.calibrate(modelled, districtCodes: codes, quarters: quarters, targets: targets)

        return codes.flatMap { code in
            var priceRandom = random.derived("grdp-prices-\(code)")
            var unitRandom = random.derived("grdp-units-\(code)")
            var current = GRDPTable<ExactDecimal>()
            for sector in Sector.allCases {
                let series = quarters.map { constant[code, sector, $0] ?? .zero }
                let priced = deflators.currentValues(for: series, sector: sector, random: &priceRandom)
                for (quarter, value) in zip(quarters, priced) {
                    current[code, sector, quarter] = value
                }
            }
            return quarters.flatMap { quarter in
                Sector.allCases.flatMap { sector in
                    districtRecords(
                        code: code, quarter: quarter, sector: sector,
                        constant: constant[code, sector, quarter] ?? .zero,
                        current: current[code, sector, quarter] ?? .zero,
                        random: &unitRandom
                    )
                }
            }
        }
    }

    /// One whole-district record, or one record per reporting unit summing exactly to the district's values.
    private func districtRecords(code: String, quarter: Quarter, sector: Sector, constant: ExactDecimal,
                                 current: ExactDecimal, random: inout SplitMix64) -> [EconomicAccountRecord] {
        let currentKnown = !(currentPricesUnavailable[code]?.contains(quarter) ?? false)
        guard let units = reportingUnits[code] else {
            return [EconomicAccountRecord(districtCode: code, unitID: nil, period: quarter, sector: sector,
                                          valueCurrent: currentKnown ? current : nil, valueConstant: constant)]
        }
        let weights = units.map { ($0.weights[sector] ?? 1) * (1 + random.double(in: -unitNoise...unitNoise)) }
        let constantParts = Apportionment.split(constant, by: weights)
        let currentParts = Apportionment.split(current, by: weights)
        return units.indices.map { index in
            EconomicAccountRecord(
                districtCode: code, unitID: units[index].id, period: quarter, sector: sector,
                valueCurrent: currentKnown ? currentParts[index] : nil,
                valueConstant: constantParts[index]
            )
        }
    }
}
