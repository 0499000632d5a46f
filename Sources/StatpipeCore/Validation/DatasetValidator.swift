/// Judges the rows of one dataset after their field checks: the dataset's own rules, then
/// uniqueness (primary key and `unique` fields; the first occurrence wins), then foreign
/// keys against the accepted rows of the parent datasets (SPEC §4).
///
/// Rows must be fed in the fixed order (files sorted, then rows) so that "first
/// occurrence" means the same thing on every run. Pure: no I/O, no threads.
public struct DatasetValidator: Sendable {
    public let name: String
    public let schema: TableSchema

    private var rules: (any DatasetRules)?
    private let primaryKeyIndexes: [Int]
    /// Accepted primary keys: a single field's canonical bytes, or for a composite key the
    /// fields' ordinals in ``primaryKeyFieldValues``, 4 bytes each (SPEC §8: this index is
    /// what grows with the input, and a composite key's fields repeat a lot).
    private var primaryKeys = KeyIndex()
    /// For a primary key of 2 or more fields, one interning index per field (bytes → ordinal).
    ///
    /// Two rows have equal ordinals for a field iff equal canonical bytes, so comparing the
    /// tuples of ordinals is exact.
    private var primaryKeyFieldValues: [KeyIndex]
    private let uniqueFieldIndexes: [Int]
    private var uniqueValues: [Int: KeyIndex] = [:]
    private let foreignKeys: [(key: ForeignKey, indexes: [Int], parents: KeyIndex)]
    private let referencedFieldLists: [[Int]]
    /// Accepted keys that other datasets reference, by field-index list.
    private var referencedKeys: [[Int]: KeyIndex] = [:]
    /// A buffer reused for every key built, so judging a row allocates nothing.
    private var keyBuffer: [UInt8] = []
    /// A buffer reused for one field's canonical bytes while interning a composite key.
    private var fieldBuffer: [UInt8] = []
    /// The previous row's bytes and ordinal for each composite-key field: files list a unit's
    /// rows together, so a field often repeats and its lookup can be skipped.
    private var previousFieldValues: [(bytes: [UInt8], ordinal: UInt32)?]
    private var deferred: [(id: Int, row: TypedRow)] = []

    /// Creates a validator.
    ///
    /// - Parameters:
    ///   - parentKeys: For each foreign key of `schema`, the keys of the parent's accepted rows.
    ///   - referencedFieldLists: Field lists of this dataset that other datasets reference;
    ///     their accepted keys are collected for ``acceptedKeys(_:)``.
    public init(
        name: String,
        schema: TableSchema,
        rules: (any DatasetRules)? = nil,
        parentKeys: [ForeignKey: KeyIndex] = [:],
        referencedFieldLists: [[String]] = []
    ) {
        self.name = name
        self.schema = schema
        self.rules = rules
        let indexes = { (names: [String]) in names.compactMap(schema.fieldIndex(named:)) }
        primaryKeyIndexes = indexes(schema.primaryKey)
        primaryKeyFieldValues = primaryKeyIndexes.count > 1 ? primaryKeyIndexes.map { _ in KeyIndex() } : []
        previousFieldValues = primaryKeyFieldValues.map { _ in nil }
        uniqueFieldIndexes = schema.fields.indices.filter { schema.fields[$0].constraints.unique }
        foreignKeys = schema.foreignKeys.map { ($0, indexes($0.fields), parentKeys[$0] ?? []) }
        self.referencedFieldLists = referencedFieldLists.map(indexes)
    }

    /// Judges one row that passed its field checks; `id` identifies it in deferred verdicts.
    public mutating func judge(_ row: TypedRow, id: Int) -> Verdict {
        var row = row
        if let problem = rules?.checkRow(&row) { return .rejected(problem) }
        if rules?.defersJudgement == true {
            deferred.append((id, row))
            return .deferred
        }
        return judgeKeys(row)
    }

    /// Judges the deferred rows, in the rules' order; returns each row's verdict by id.
    public mutating func judgeDeferred() -> [(id: Int, verdict: Verdict)] {
        guard var rules, !deferred.isEmpty else { return [] }
        let pending = deferred
        deferred = []
        var verdicts: [(id: Int, verdict: Verdict)] = []
        for index in rules.judgementOrder(pending.map(\.row)) {
            let (id, row) = pending[index]
            if let problem = rules.checkInOrder(row) {
                verdicts.append((id, .rejected(problem)))
                continue
            }
            let verdict = judgeKeys(row)
            if case .accepted = verdict { rules.accepted(row) }
            verdicts.append((id, verdict))
        }
        self.rules = rules
        return verdicts
    }

    /// The accepted keys of `fields`, for a dataset whose foreign key references them.
    public func acceptedKeys(_ fields: [String]) -> KeyIndex {
        referencedKeys[fields.compactMap(schema.fieldIndex(named:))] ?? KeyIndex()
    }

    private mutating func judgeKeys(_ row: TypedRow) -> Verdict {
        if !primaryKeyIndexes.isEmpty {
            if primaryKeyFieldValues.isEmpty {
                buildKey(row, primaryKeyIndexes)
            } else {
                buildInternedKey(row)
            }
            if !primaryKeys.insert(keyBuffer) {
                let names = schema.primaryKey.joined(separator: ", ")
                // A composite key is about the row, not one field (SPEC §4: empty field).
                let field = schema.primaryKey.count == 1 ? schema.primaryKey[0] : ""
                let readable = TypedRow.readable(row.key(primaryKeyIndexes))
                let message = "duplicate primary key (\(names)) = (\(readable))"
                return .rejected(RowProblem(.uniqueError, field: field, message))
            }
        }
        for index in uniqueFieldIndexes where row.values[index] != nil {
            buildKey(row, [index])
            if !uniqueValues[index, default: KeyIndex()].insert(keyBuffer) {
                let name = schema.fields[index].name
                return .rejected(RowProblem(.uniqueError, field: name, "\(name) '\(TypedRow.readable(keyBuffer))' already appears in an earlier row"))
            }
        }
        for foreignKey in foreignKeys {
            // An empty optional reference refers to nothing, as in Table Schema.
            guard foreignKey.indexes.contains(where: { row.values[$0] != nil }) else { continue }
            buildKey(row, foreignKey.indexes)
            if !foreignKey.parents.contains(keyBuffer) {
                let field = foreignKey.key.fields.joined(separator: ", ")
                return .rejected(RowProblem(.foreignKeyError, field: foreignKey.key.fields.first ?? "", "\(field) '\(TypedRow.readable(keyBuffer))' is not an accepted row of \(foreignKey.key.resource)"))
            }
        }
        for indexes in referencedFieldLists {
            buildKey(row, indexes)
            referencedKeys[indexes, default: KeyIndex()].insert(keyBuffer)
        }
        return .accepted(row)
    }

    private mutating func buildKey(_ row: TypedRow, _ indexes: [Int]) {
        keyBuffer.removeAll(keepingCapacity: true)
        row.appendKey(indexes, to: &keyBuffer)
    }

    /// Builds the composite primary key as the fields' 4-byte ordinals, interning each
    /// field's canonical bytes (an empty value interns as empty bytes, like any value).
    private mutating func buildInternedKey(_ row: TypedRow) {
        keyBuffer.removeAll(keepingCapacity: true)
        for (position, index) in primaryKeyIndexes.enumerated() {
            fieldBuffer.removeAll(keepingCapacity: true)
            row.values[index]?.appendCanonical(to: &fieldBuffer)
            let ordinal: UInt32
            if let previous = previousFieldValues[position], previous.bytes == fieldBuffer {
                ordinal = previous.ordinal
            } else {
                ordinal = fieldBuffer.withUnsafeBytes { primaryKeyFieldValues[position].ordinal(of: $0) }
                previousFieldValues[position] = (fieldBuffer, ordinal)
            }
            withUnsafeBytes(of: ordinal.littleEndian) { keyBuffer.append(contentsOf: $0) }
        }
    }
}
