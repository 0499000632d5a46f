/// Finds the fields a dataset's own rules need, by their SPEC names.
struct RuleFields {
    let schema: TableSchema
    let dataset: String

    /// The index of field `name`, which must exist with `type`.
    func index(_ name: String, _ type: FieldType) throws(SchemaError) -> Int {
        guard let index = schema.fieldIndex(named: name), schema.fields[index].type == type else {
            throw SchemaError(key: "fields", "\(dataset) needs a field '\(name)' of type \(type.rawValue) for its rules")
        }
        return index
    }
}
