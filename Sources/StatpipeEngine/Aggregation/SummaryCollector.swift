import StatpipeCore

/// Routes accepted rows into the summaries' accumulators: districts into the area list,
/// economic accounts into the growth sums, OCOP rows into the register.
///
/// Field positions are looked up once per dataset by the SPEC names of §3.
final class SummaryCollector: AcceptedRowSink {
    private(set) var districts: [Area] = []
    private(set) var growth = GrowthAccumulator()
    private(set) var register = OcopRegister()
    /// The field positions of the dataset being collected (rows come dataset by dataset).
    private var current: (dataset: String, indexes: [String: Int]) = ("", [:])
    private var accounts = AccountFields(indexes: [:])

    func accept(_ row: TypedRow, dataset: PlannedDataset, file: PlannedFile) {
        if dataset.name != current.dataset {
            current = (dataset.name, Dictionary(uniqueKeysWithValues: dataset.schema.fields.enumerated().map { ($1.name, $0) }))
            accounts = AccountFields(indexes: current.indexes)
        }
        if dataset.name == "economic_accounts" { return addAccount(row) }
        let index = current.indexes
        let value = { (name: String) in index[name].flatMap { row.values[$0] } }
        switch dataset.name {
        case "districts":
            guard let code = value("district_code")?.stringValue else { return }
            districts.append(Area(code: code, name: value("district_name")?.stringValue ?? code))
        case OcopDatasets.products:
            guard let id = value("product_id")?.stringValue, let district = value("district_code")?.stringValue,
                let stars = value("stars")?.integerValue, let certified = value("certified_on")?.dateValue,
                let expires = value("expires_on")?.dateValue
            else { return }
            register.add(OcopProduct(
                id: id, name: value("product_name")?.stringValue ?? "", producer: value("producer")?.stringValue ?? "",
                district: district, category: value("category")?.stringValue ?? "", stars: stars,
                certifiedOn: certified, expiresOn: expires
            ))
        case OcopDatasets.reevaluations:
            guard let id = value("product_id")?.stringValue, let date = value("evaluated_on")?.dateValue,
                let result = value("result")?.stringValue
            else { return }
            register.add(OcopEvent(productID: id, date: date, result: result, starsAfter: value("stars_after")?.integerValue))
        default:
            return
        }
    }

    /// Adds an economic_accounts row: the one dataset with millions of rows, so its field
    /// positions are resolved once rather than looked up by name per row.
    private func addAccount(_ row: TypedRow) {
        guard let district = accounts.district.flatMap({ row.values[$0]?.stringValue }),
            let quarter = accounts.period.flatMap({ row.values[$0]?.quarterValue }),
            let sector = accounts.sector.flatMap({ row.values[$0]?.stringValue }),
            let constant = accounts.constant.flatMap({ row.values[$0]?.decimalValue })
        else { return }
        growth.add(district: district, quarter: quarter, sector: sector, constant: constant,
                   current: accounts.current.flatMap { row.values[$0]?.decimalValue })
    }
}

/// Where the economic_accounts fields sit in a row.
private struct AccountFields {
    let district: Int?
    let period: Int?
    let sector: Int?
    let constant: Int?
    let current: Int?

    init(indexes: [String: Int]) {
        district = indexes["district_code"]
        period = indexes["period"]
        sector = indexes["sector"]
        constant = indexes["value_constant"]
        current = indexes["value_current"]
    }
}
