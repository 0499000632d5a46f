/// The per-row checks of SPEC §4 that need nothing but the row: shape, then each field in
/// schema order (type-error, then constraint-error).
public struct RowChecker: Sendable {
    public let schema: TableSchema
    public let binding: HeaderBinding
    public let format: NumberFormat

    public init(schema: TableSchema, binding: HeaderBinding, format: NumberFormat) {
        self.schema = schema
        self.binding = binding
        self.format = format
    }

    /// Checks one row's cells.
    ///
    /// - Parameter cell: The text of the cell at a column (only called for columns that exist).
    /// - Returns: The typed row, or the first problem.
    public func check(cellCount: Int, cell: (Int) -> String) -> Result<TypedRow, RowProblem> {
        if cellCount > binding.width {
            return .failure(RowProblem(.extraCell, "row has \(cellCount) cells, the header has \(binding.width)"))
        }
        if cellCount < binding.width {
            let firstMissing = binding.columnOfField.enumerated().filter { ($0.element ?? -1) >= cellCount }
                .min { ($0.element ?? 0) < ($1.element ?? 0) }
            let field = firstMissing.map { schema.fields[$0.offset].name } ?? ""
            return .failure(RowProblem(.missingCell, field: field, "row has \(cellCount) cells, the header has \(binding.width)"))
        }
        var values: [CellValue?] = []
        values.reserveCapacity(schema.fields.count)
        for (index, field) in schema.fields.enumerated() {
            let text = binding.columnOfField[index].map(cell) ?? ""
            switch checkField(field, text) {
            case .success(let value): values.append(value)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(TypedRow(values: values))
    }

    private func checkField(_ field: SchemaField, _ text: String) -> Result<CellValue?, RowProblem> {
        let constraints = field.constraints
        if schema.missingValues.contains(text) {
            if constraints.required {
                return .failure(RowProblem(.constraintError, field: field.name, "\(field.name) is required but empty"))
            }
            return .success(nil)
        }
        guard let value = CellValue.parse(text, as: field.type, format: format) else {
            return .failure(RowProblem(.typeError, field: field.name, "\(field.name) '\(text)' is not a valid \(field.type.rawValue)"))
        }
        if let allowed = constraints.allowedValues, !allowed.contains(value) {
            let list = allowed.map(\.description).joined(separator: ", ")
            return .failure(RowProblem(.constraintError, field: field.name, "\(field.name) '\(text)' is not one of \(list)"))
        }
        if let minimum = constraints.minimum, value.compare(to: minimum) == true {
            return .failure(RowProblem(.constraintError, field: field.name, "\(field.name) \(value) is below the minimum \(minimum)"))
        }
        if let maximum = constraints.maximum, maximum.compare(to: value) == true {
            return .failure(RowProblem(.constraintError, field: field.name, "\(field.name) \(value) is above the maximum \(maximum)"))
        }
        if let pattern = constraints.pattern, !pattern.matches(text) {
            return .failure(RowProblem(.constraintError, field: field.name, "\(field.name) '\(text)' does not match \(pattern.source)"))
        }
        return .success(value)
    }
}
