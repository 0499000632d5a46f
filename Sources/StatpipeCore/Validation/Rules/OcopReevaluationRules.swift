/// What the re-evaluation rules need to know of an accepted product.
public struct ProductFacts: Sendable, Equatable {
    public let certifiedOn: CivilDate
    public let stars: Int

    public init(certifiedOn: CivilDate, stars: Int) {
        self.certifiedOn = certifiedOn
        self.stars = stars
    }
}

/// The rules of the `ocop_reevaluations` dataset (SPEC §3).
///
/// Per row: `stars_after` is required unless the result is `revoked`, and empty then.
/// Across rows, judged per product in date order: `evaluated_on` is not before the
/// product's `certified_on`, and the result agrees with the product's stars just before
/// the event — the certified stars, or `stars_after` of its latest accepted earlier
/// re-evaluation: `maintained` keeps them, `upgraded` raises, `downgraded` lowers them.
/// A product that is not an accepted row is left to the foreign-key check.
public struct OcopReevaluationRules: DatasetRules {
    private let productID: Int
    private let evaluatedOn: Int
    private let result: Int
    private let starsAfter: Int
    private let products: [String: ProductFacts]
    /// Per product, the latest accepted re-evaluation: its date and the stars before and after it.
    private var latest: [String: (date: CivilDate, before: Int, after: Int)] = [:]

    /// Binds the rules to `schema` and the accepted products.
    /// - Throws: ``SchemaError`` when the schema lacks a field the rules need.
    public init(schema: TableSchema, products: [String: ProductFacts]) throws(SchemaError) {
        let fields = RuleFields(schema: schema, dataset: "ocop_reevaluations")
        productID = try fields.index("product_id", .string)
        evaluatedOn = try fields.index("evaluated_on", .date)
        result = try fields.index("result", .string)
        starsAfter = try fields.index("stars_after", .integer)
        self.products = products
    }

    public var defersJudgement: Bool { true }

    public mutating func checkRow(_ row: inout TypedRow) -> RowProblem? {
        let isRevoked = row.values[result]?.stringValue == "revoked"
        switch (isRevoked, row.values[starsAfter]) {
        case (true, .some):
            return RowProblem(.constraintError, field: "stars_after", "stars_after must be empty when result is revoked")
        case (false, nil):
            return RowProblem(.constraintError, field: "stars_after", "stars_after is required unless result is revoked")
        default:
            return nil
        }
    }

    public func judgementOrder(_ rows: [TypedRow]) -> [Int] {
        rows.indices.sorted { a, b in
            let left = (rows[a].values[productID]?.description ?? "", rows[a].values[evaluatedOn]?.dateValue)
            let right = (rows[b].values[productID]?.description ?? "", rows[b].values[evaluatedOn]?.dateValue)
            if left.0 != right.0 { return left.0 < right.0 }
            if let leftDate = left.1, let rightDate = right.1, leftDate != rightDate { return leftDate < rightDate }
            return a < b
        }
    }

    public mutating func checkInOrder(_ row: TypedRow) -> RowProblem? {
        guard let id = row.values[productID]?.stringValue, let product = products[id],
            let date = row.values[evaluatedOn]?.dateValue, let outcome = row.values[result]?.stringValue
        else { return nil }
        if date < product.certifiedOn {
            return RowProblem(.constraintError, field: "evaluated_on", "evaluated_on \(date) is before the product's certified_on \(product.certifiedOn)")
        }
        let before = starsBefore(date, product: id, certified: product.stars)
        guard let after = row.values[starsAfter]?.integerValue else { return nil }
        let consistent: Bool
        switch outcome {
        case "maintained": consistent = after == before
        case "upgraded": consistent = after > before
        case "downgraded": consistent = after < before
        default: consistent = true
        }
        guard consistent else {
            return RowProblem(.reevaluationInconsistent, field: "stars_after", "\(outcome) from \(before) stars cannot give stars_after \(after)")
        }
        return nil
    }

    public mutating func accepted(_ row: TypedRow) {
        guard let id = row.values[productID]?.stringValue, let date = row.values[evaluatedOn]?.dateValue,
            let after = row.values[starsAfter]?.integerValue, let product = products[id]
        else { return }
        latest[id] = (date, starsBefore(date, product: id, certified: product.stars), after)
    }

    /// The product's stars just before `date`: only events strictly earlier count, so a
    /// same-day duplicate is judged like its twin (and then rejected as a duplicate key).
    private func starsBefore(_ date: CivilDate, product id: String, certified: Int) -> Int {
        guard let last = latest[id] else { return certified }
        return last.date < date ? last.after : last.before
    }
}
