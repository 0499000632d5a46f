import StatpipeCore

/// The deliberately bad rows of the Hoa Binh sample: extra rows, one per error code, none counted
/// in any published figure. Each is built from the generated records it imitates.
enum HoaBinhDefects {
    /// Four bad economic_accounts rows: a foreign-key, a type, a constraint and a unique error.
    static func economicAccounts(_ records: [EconomicAccountRecord]) -> [PlantedRow<EconomicAccountRecord>] {
        let record = { (code: String, unit: String?, period: Quarter, sector: Sector) -> EconomicAccountRecord in
            guard let found = records.first(where: {
                $0.districtCode == code && $0.unitID == unit && $0.period == period && $0.sector == sector
            }) else { preconditionFailure("no record \(code) \(unit ?? "-") \(period) \(sector)") }
            return found
        }
        let kySon = record("148", "ky-son", Quarter(2023, 1), .agriculture)
        let pastedTwice = record("156", nil, Quarter(2024, 2), .services)
        let resent = record("155", nil, Quarter(2024, 4), .industry)
        return [
            PlantedRow(
                districtCode: "148", fileName: "economic_accounts_2023.csv", after: { $0.period == kySon.period },
                cells: { style in
                    EconomicAccountRecord(districtCode: HoaBinh.mergedKySonCode, unitID: nil, period: kySon.period,
                                          sector: kySon.sector, valueCurrent: kySon.valueCurrent,
                                          valueConstant: kySon.valueConstant).cells(in: style)
                },
                expectedCode: "foreign-key-error", field: "district_code",
                story: "Kỳ Sơn's 2023-Q1 agriculture row sent under its old code 151 (merged into the city; "
                    + "the figure is already in unit ky-son)."
            ),
            PlantedRow(
                districtCode: "156", fileName: "economic_accounts.csv", after: { $0.period == pastedTwice.period },
                cells: { style in
                    var cells = pastedTwice.cells(in: style)
                    cells["value_constant"] = style.numbers.format(pastedTwice.valueConstant) + "x"
                    return cells
                },
                expectedCode: "type-error", field: "value_constant",
                story: "The 2024-Q2 services row pasted a second time with a stray `x` in value_constant "
                    + "(a type-error, checked before uniqueness)."
            ),
            PlantedRow(
                districtCode: "152", fileName: "economic_accounts.csv", after: { $0.period == Quarter(2024, 3) },
                cells: { style in
                    EconomicAccountRecord(districtCode: "152", unitID: "dieu-chinh", period: Quarter(2024, 3),
                                          sector: .industry, valueCurrent: nil,
                                          valueConstant: ExactDecimal(thousandths: -35_200)).cells(in: style)
                },
                expectedCode: "constraint-error", field: "value_constant",
                story: "An adjustment unit (dieu-chinh) correcting 2024-Q3 industry with a negative value_constant."
            ),
            PlantedRow(
                districtCode: "155", fileName: "economic_accounts_2025.csv", after: { _ in false },
                cells: { style in resent.cells(in: style) },
                expectedCode: "unique-error", field: "",
                story: "The 2024-Q4 industry row sent again (spelled `2024q4`) at the top of the 2025 file; "
                    + "its first occurrence, in economic_accounts_2023-2024.csv, comes first in sorted path order."
            ),
        ]
    }

    /// One bad ocop_products row: a star rating outside 3..5, after the row with a line break.
    static func products(_ certificates: [OcopCertificate]) -> [PlantedRow<OcopCertificate>] {
        let certifiedOn = CivilDate(2024, 12, 20)
        let prefix = "OCOP-154-\(certifiedOn.year)-"
        let nextNumber = certificates.filter { $0.productID.hasPrefix(prefix) }.count + 1
        let typo = OcopCertificate(
            productID: prefix + nextNumber.zeroPadded(2), productName: "Chè xanh Thu Phong",
            producer: "HTX chè Thu Phong", districtCode: "154", commune: "Xã Thu Phong", category: .beverage,
            stars: 6, certifiedOn: certifiedOn
        )
        return [
            PlantedRow(
                districtCode: "154", fileName: "ocop_products.csv", after: { _ in true },
                cells: { style in typo.cells(in: style) },
                expectedCode: "constraint-error", field: "stars",
                story: "A product rated 6 stars (the scale is 3 to 5), after the record with a quoted line break."
            ),
        ]
    }
}
