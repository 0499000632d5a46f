/// The rules of the `ocop_products` dataset (SPEC §3): a certificate runs 36 months unless
/// `expires_on` says otherwise, and must expire after it was certified.
public struct OcopProductRules: DatasetRules {
    /// How long a certificate runs when no expiry is given.
    public static let defaultValidityMonths = 36

    private let certifiedOn: Int
    private let expiresOn: Int

    /// Binds the rules to `schema`.
    /// - Throws: ``SchemaError`` when the schema lacks `certified_on` or `expires_on` dates.
    public init(schema: TableSchema) throws(SchemaError) {
        let fields = RuleFields(schema: schema, dataset: "ocop_products")
        certifiedOn = try fields.index("certified_on", .date)
        expiresOn = try fields.index("expires_on", .date)
    }

    public mutating func checkRow(_ row: inout TypedRow) -> RowProblem? {
        guard let certified = row.values[certifiedOn]?.dateValue else { return nil }
        guard let expires = row.values[expiresOn]?.dateValue else {
            row.values[expiresOn] = .date(certified.addingMonths(Self.defaultValidityMonths))
            return nil
        }
        guard expires > certified else {
            return RowProblem(.constraintError, field: "expires_on", "expires_on \(expires) is not after certified_on \(certified)")
        }
        return nil
    }
}
