/// The four datasets of the Hoa Binh pipeline (SPEC §3), with their fields in schema order.
enum Dataset: String, CaseIterable {
    case districts
    case economicAccounts = "economic_accounts"
    case ocopProducts = "ocop_products"
    case ocopReevaluations = "ocop_reevaluations"

    /// The schema's field names, in schema order (the order checks run in, SPEC §4).
    var fields: [String] {
        switch self {
        case .districts:
            ["district_code", "district_name", "province_code"]
        case .economicAccounts:
            ["district_code", "unit_id", "period", "sector", "value_current", "value_constant"]
        case .ocopProducts:
            ["product_id", "product_name", "producer", "district_code", "commune", "category", "stars",
             "certified_on", "expires_on"]
        case .ocopReevaluations:
            ["product_id", "evaluated_on", "result", "stars_after"]
        }
    }

    /// The fields holding numbers, which a workbook writes as numeric cells.
    var numberFields: Set<String> {
        switch self {
        case .districts: []
        case .economicAccounts: ["value_current", "value_constant"]
        case .ocopProducts: ["stars"]
        case .ocopReevaluations: ["stars_after"]
        }
    }

    /// The dataset a district file belongs to, from its name (`economic_accounts_2024.csv`,
    /// `economic_accounts.xlsx`), or nil.
    init?(districtFileName name: String) {
        guard name.hasSuffix(".csv") || name.hasSuffix(".xlsx"),
              let dataset = [Dataset.economicAccounts, .ocopProducts, .ocopReevaluations]
                  .first(where: { name.hasPrefix($0.rawValue) })
        else { return nil }
        self = dataset
    }
}
