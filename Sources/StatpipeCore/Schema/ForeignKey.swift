/// A foreign key: fields of this table that must match an accepted row of another dataset.
public struct ForeignKey: Sendable, Hashable {
    /// The fields of this table.
    public let fields: [String]
    /// The referenced dataset of the pipeline.
    public let resource: String
    /// The referenced fields, in the same order.
    public let referenceFields: [String]

    public init(fields: [String], resource: String, referenceFields: [String]) {
        self.fields = fields
        self.resource = resource
        self.referenceFields = referenceFields
    }
}
