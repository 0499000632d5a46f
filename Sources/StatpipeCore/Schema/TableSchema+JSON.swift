import Foundation

extension TableSchema {
    /// The field keys and constraint names accepted; anything else is refused rather than
    /// silently not enforced.
    private static let fieldKeys: Set<String> = ["name", "type", "format", "title", "description", "constraints", "example", "rdfType"]
    private static let constraintKeys: Set<String> = ["required", "unique", "enum", "minimum", "maximum", "pattern"]

    /// Parses a Table Schema from JSON text.
    ///
    /// Both spellings of a key are accepted (a string for one field, an array for several).
    /// - Throws: ``SchemaError`` naming the key at fault: invalid JSON, an unknown type or
    ///   constraint, a pattern that does not compile, a bound of the wrong type, a key
    ///   naming a field that does not exist.
    public init(json: Data) throws(SchemaError) {
        let root: [String: Any]
        do {
            guard let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
                throw SchemaError(key: "", "not a JSON object")
            }
            root = object
        } catch let error as SchemaError {
            throw error
        } catch {
            throw SchemaError(key: "", "not valid JSON")
        }
        guard let rawFields = root["fields"] as? [[String: Any]], !rawFields.isEmpty else {
            throw SchemaError(key: "fields", "must be a non-empty array of field objects")
        }
        var fields: [SchemaField] = []
        for (index, rawField) in rawFields.enumerated() {
            fields.append(try Self.parseField(rawField, key: "fields[\(index)]"))
        }
        let names = Set(fields.map(\.name))
        guard names.count == fields.count else { throw SchemaError(key: "fields", "two fields share a name") }

        let primaryKey = try Self.fieldList(root["primaryKey"], key: "primaryKey", known: names)
        var foreignKeys: [ForeignKey] = []
        for (index, rawKey) in (root["foreignKeys"] as? [[String: Any]] ?? []).enumerated() {
            let key = "foreignKeys[\(index)]"
            let ownFields = try Self.fieldList(rawKey["fields"], key: key + ".fields", known: names)
            guard let reference = rawKey["reference"] as? [String: Any],
                let resource = reference["resource"] as? String, !resource.isEmpty
            else { throw SchemaError(key: key + ".reference.resource", "must name a dataset") }
            let referenceFields = try Self.fieldList(reference["fields"], key: key + ".reference.fields", known: nil)
            guard !ownFields.isEmpty, ownFields.count == referenceFields.count else {
                throw SchemaError(key: key, "fields and reference.fields must have the same length")
            }
            foreignKeys.append(ForeignKey(fields: ownFields, resource: resource, referenceFields: referenceFields))
        }
        var missingValues: Set<String> = [""]
        if let raw = root["missingValues"] {
            guard let list = raw as? [String] else { throw SchemaError(key: "missingValues", "must be an array of strings") }
            missingValues = Set(list)
        }
        self.init(fields: fields, primaryKey: primaryKey, foreignKeys: foreignKeys, missingValues: missingValues)
    }

    private static func parseField(_ raw: [String: Any], key: String) throws(SchemaError) -> SchemaField {
        guard let name = raw["name"] as? String, !name.isEmpty else { throw SchemaError(key: key + ".name", "is required") }
        if let unknown = raw.keys.sorted().first(where: { !fieldKeys.contains($0) }) {
            throw SchemaError(key: "\(key).\(unknown)", "unknown field property")
        }
        let typeName = raw["type"] as? String ?? "string"
        guard let type = FieldType(rawValue: typeName) else {
            let known = FieldType.allCases.map(\.rawValue).joined(separator: ", ")
            throw SchemaError(key: key + ".type", "unknown type '\(typeName)' (known: \(known))")
        }
        var constraints = FieldConstraints()
        let rawConstraints = raw["constraints"] as? [String: Any] ?? [:]
        let base = key + ".constraints"
        if let unknown = rawConstraints.keys.sorted().first(where: { !constraintKeys.contains($0) }) {
            throw SchemaError(key: "\(base).\(unknown)", "unsupported constraint")
        }
        constraints.required = try flag(rawConstraints["required"], key: base + ".required")
        constraints.unique = try flag(rawConstraints["unique"], key: base + ".unique")
        if let values = rawConstraints["enum"] {
            guard let list = values as? [Any], !list.isEmpty else { throw SchemaError(key: base + ".enum", "must be a non-empty array") }
            constraints.allowedValues = try list.enumerated().map { (index, value) throws(SchemaError) in
                try typed(value, type, key: "\(base).enum[\(index)]")
            }
        }
        if let value = rawConstraints["minimum"] { constraints.minimum = try bound(value, type, key: base + ".minimum") }
        if let value = rawConstraints["maximum"] { constraints.maximum = try bound(value, type, key: base + ".maximum") }
        if let value = rawConstraints["pattern"] {
            guard let source = value as? String, let pattern = FieldPattern(source) else {
                throw SchemaError(key: base + ".pattern", "is not a valid regular expression")
            }
            constraints.pattern = pattern
        }
        return SchemaField(name: name, type: type, constraints: constraints)
    }

    private static func flag(_ value: Any?, key: String) throws(SchemaError) -> Bool {
        guard let value else { return false }
        guard let number = value as? NSNumber, isBoolean(number) else { throw SchemaError(key: key, "must be true or false") }
        return number.boolValue
    }

    /// True for JSON `true`/`false` (on Linux, `0 is Bool` holds for any NSNumber, so the
    /// boolean class is compared instead).
    private static func isBoolean(_ number: NSNumber) -> Bool {
        type(of: number) == type(of: NSNumber(value: true))
    }

    private static func bound(_ value: Any, _ type: FieldType, key: String) throws(SchemaError) -> CellValue {
        guard type != .string else { throw SchemaError(key: key, "does not apply to a string field") }
        return try typed(value, type, key: key)
    }

    /// A schema literal (JSON string or number) as a value of the field's type.
    private static func typed(_ value: Any, _ type: FieldType, key: String) throws(SchemaError) -> CellValue {
        let text: String
        if let string = value as? String {
            text = string
        } else if let number = value as? NSNumber, !isBoolean(number) {
            text = number.stringValue
        } else {
            throw SchemaError(key: key, "must be a string or a number")
        }
        guard let parsed = CellValue.parse(text, as: type, format: NumberFormat()) else {
            throw SchemaError(key: key, "'\(text)' is not a valid \(type.rawValue)")
        }
        return parsed
    }

    /// A key given as one field name or an array of names; `known` checks they exist.
    private static func fieldList(_ value: Any?, key: String, known: Set<String>?) throws(SchemaError) -> [String] {
        guard let value else { return [] }
        let list: [String]
        if let single = value as? String {
            list = [single]
        } else if let many = value as? [String] {
            list = many
        } else {
            throw SchemaError(key: key, "must be a field name or an array of field names")
        }
        if let known, let missing = list.first(where: { !known.contains($0) }) {
            throw SchemaError(key: key, "names '\(missing)', which is not a field")
        }
        return list
    }
}
