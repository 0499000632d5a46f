import Foundation

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
    private var primaryKeys: Set<String> = []
    private let uniqueFieldIndexes: [Int]
    private var uniqueValues: [Int: Set<String>] = [:]
    private let foreignKeys: [(key: ForeignKey, indexes: [Int], parents: Set<String>)]
    private let referencedFieldLists: [[Int]]
    /// Accepted keys that other datasets reference, by field-index list.
    private var referencedKeys: [[Int]: Set<String>] = [:]
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
        parentKeys: [ForeignKey: Set<String>] = [:],
        referencedFieldLists: [[String]] = []
    ) {
        self.name = name
        self.schema = schema
        self.rules = rules
        let indexes = { (names: [String]) in names.compactMap(schema.fieldIndex(named:)) }
        primaryKeyIndexes = indexes(schema.primaryKey)
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
    public func acceptedKeys(_ fields: [String]) -> Set<String> {
        referencedKeys[fields.compactMap(schema.fieldIndex(named:))] ?? []
    }

    private mutating func judgeKeys(_ row: TypedRow) -> Verdict {
        if !primaryKeyIndexes.isEmpty {
            let key = row.key(primaryKeyIndexes)
            if primaryKeys.contains(key) {
                let names = schema.primaryKey.joined(separator: ", ")
                // A composite key is about the row, not one field (SPEC §4: empty field).
                let field = schema.primaryKey.count == 1 ? schema.primaryKey[0] : ""
                return .rejected(RowProblem(.uniqueError, field: field, "duplicate primary key (\(names)) = (\(key.readableKey))"))
            }
            primaryKeys.insert(key)
        }
        for index in uniqueFieldIndexes {
            let value = row.key([index])
            guard row.values[index] != nil else { continue }
            if uniqueValues[index, default: []].contains(value) {
                let name = schema.fields[index].name
                return .rejected(RowProblem(.uniqueError, field: name, "\(name) '\(value)' already appears in an earlier row"))
            }
            uniqueValues[index, default: []].insert(value)
        }
        for foreignKey in foreignKeys {
            // An empty optional reference refers to nothing, as in Table Schema.
            guard foreignKey.indexes.contains(where: { row.values[$0] != nil }) else { continue }
            let key = row.key(foreignKey.indexes)
            if !foreignKey.parents.contains(key) {
                let field = foreignKey.key.fields.joined(separator: ", ")
                return .rejected(RowProblem(.foreignKeyError, field: foreignKey.key.fields.first ?? "", "\(field) '\(key.readableKey)' is not an accepted row of \(foreignKey.key.resource)"))
            }
        }
        for indexes in referencedFieldLists {
            referencedKeys[indexes, default: []].insert(row.key(indexes))
        }
        return .accepted(row)
    }
}

extension String {
    /// A composite key with its separators shown as `, `.
    var readableKey: String { replacingOccurrences(of: "\u{1F}", with: ", ") }
}
