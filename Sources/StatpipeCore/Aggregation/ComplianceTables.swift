/// `reevaluation_compliance.csv` and `reevaluation_overdue.csv` (SPEC §5): which products
/// owed a re-evaluation in the quarter, which had one, and how they fared.
public struct ComplianceTables: Sendable {
    public static let complianceColumns = [
        "period", "area_code", "required", "reevaluated", "overdue", "compliance_pct", "maintained", "upgraded",
        "downgraded", "revoked", "fail_pct",
    ]
    public static let overdueColumns = [
        "period", "area_code", "product_id", "product_name", "producer", "stars", "certified_on", "last_evaluated_on",
        "days_since_last",
    ]
    /// The results counted, in column order.
    public static let results = ["maintained", "upgraded", "downgraded", "revoked"]

    public let compliance: SummaryTable
    public let overdue: SummaryTable

    public init(register: OcopRegister, areas: AreaList, period: Quarter, asOf: CivilDate) {
        let start = period.startDate
        let windowEnd = min(period.endDate, asOf)
        // Required: in force on the first day and certified before it.
        let required = register.products.filter { register.isInForce($0, on: start) && $0.certifiedOn < start }
        let latestInWindow = Dictionary(uniqueKeysWithValues: required.compactMap { product in
            register.events(of: product).last { $0.date >= start && $0.date <= windowEnd }.map { (product.id, $0) }
        })

        var compliance = SummaryTable(name: "reevaluation_compliance", columns: Self.complianceColumns)
        for area in areas.all {
            let owed = required.filter { area == areas.province || $0.district == area.code }
            let done = owed.compactMap { latestInWindow[$0.id] }
            let counts = Self.results.map { result in done.filter { $0.result == result }.count }
            let failed = done.filter { $0.result == "downgraded" || $0.result == OcopEvent.revoked }.count
            compliance.append([
                .text(period.description), .text(area.code), .count(owed.count), .count(done.count),
                .count(owed.count - done.count), Figure.percent(done.count, of: owed.count),
            ] + counts.map(TableCell.count) + [Figure.percent(failed, of: done.count)])
        }

        var overdue = SummaryTable(name: "reevaluation_overdue", columns: Self.overdueColumns)
        let late = required.filter { latestInWindow[$0.id] == nil }
            .sorted { ($0.district, $0.id) < ($1.district, $1.id) }
        for product in late {
            let last = register.events(of: product).last { $0.date < start }?.date
            overdue.append([
                .text(period.description), .text(product.district), .text(product.id), .text(product.name),
                .text(product.producer), .count(register.stars(of: product, on: start)),
                .text(product.certifiedOn.description), .text(last?.description ?? ""),
                .count(asOf.days(since: last ?? product.certifiedOn)),
            ])
        }
        self.compliance = compliance
        self.overdue = overdue
    }
}
