/// One field of a Table Schema: its name, type and constraints.
public struct SchemaField: Sendable {
    public let name: String
    public let type: FieldType
    public let constraints: FieldConstraints

    public init(name: String, type: FieldType, constraints: FieldConstraints = FieldConstraints()) {
        self.name = name
        self.type = type
        self.constraints = constraints
    }
}

/// The Table Schema constraints statpipe enforces (SPEC §3).
public struct FieldConstraints: Sendable {
    public var required = false
    public var unique = false
    /// Allowed values, already parsed to the field's type.
    public var allowedValues: [CellValue]?
    public var minimum: CellValue?
    public var maximum: CellValue?
    public var pattern: FieldPattern?

    public init() {}
}
