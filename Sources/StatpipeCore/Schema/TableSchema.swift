/// A Frictionless Table Schema, as statpipe reads it (SPEC §3).
public struct TableSchema: Sendable {
    public let fields: [SchemaField]
    /// The primary key fields; empty when there is none.
    public let primaryKey: [String]
    public let foreignKeys: [ForeignKey]
    /// Cells read as empty (default `[""]`).
    public let missingValues: Set<String>

    public init(fields: [SchemaField], primaryKey: [String] = [], foreignKeys: [ForeignKey] = [], missingValues: Set<String> = [""]) {
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.missingValues = missingValues
    }

    /// The position of the field called `name`.
    public func fieldIndex(named name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }
}
