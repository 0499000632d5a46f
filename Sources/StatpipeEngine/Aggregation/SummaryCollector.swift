import StatpipeCore

/// Routes accepted rows into the summaries' accumulators: districts into the area list,
/// economic accounts into the growth sums, OCOP rows into the register.
///
/// Field positions are looked up once per dataset by the SPEC names of §3.
final class SummaryCollector: AcceptedRowSink {
    private(set) var districts: [Area] = []
    private(set) var growth = GrowthAccumulator()
    private(set) var register = OcopRegister()
    private var fields: [String: [String: Int]] = [:]

    func accept(_ row: TypedRow, dataset: PlannedDataset, file: PlannedFile) {
        let index = fieldIndexes(dataset)
        let value = { (name: String) in index[name].flatMap { row.values[$0] } }
        switch dataset.name {
        case "districts":
            guard let code = value("district_code")?.stringValue else { return }
            districts.append(Area(code: code, name: value("district_name")?.stringValue ?? code))
        case "economic_accounts":
            guard let district = value("district_code")?.stringValue, let quarter = value("period")?.quarterValue,
                let sector = value("sector")?.stringValue, let constant = value("value_constant")?.decimalValue
            else { return }
            growth.add(district: district, quarter: quarter, sector: sector, constant: constant, current: value("value_current")?.decimalValue)
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

    private func fieldIndexes(_ dataset: PlannedDataset) -> [String: Int] {
        if let known = fields[dataset.name] { return known }
        let indexes = Dictionary(uniqueKeysWithValues: dataset.schema.fields.enumerated().map { ($1.name, $0) })
        fields[dataset.name] = indexes
        return indexes
    }
}
