/// The per-row checks of SPEC §4 that need nothing but the row: shape, then each field in
/// schema order (type-error, then constraint-error).
///
/// Cells arrive as UTF-8 bytes and are checked as bytes: numbers are parsed without a
/// `String`, missing marks and enums are compared byte for byte, and a `String` is made
/// only for a value the row keeps (this is the hot path of a run).
public struct RowChecker: Sendable {
    public let schema: TableSchema
    public let binding: HeaderBinding
    public let format: NumberFormat
    private let marks: NumberFormat.Marks
    private let plans: [FieldPlan]
    private let missingMarks: [ByteConstant]
    /// The longest missing mark: a longer cell is never missing, whatever its text.
    private let longestMissingMark: Int

    public init(schema: TableSchema, binding: HeaderBinding, format: NumberFormat) {
        self.schema = schema
        self.binding = binding
        self.format = format
        marks = format.marks
        plans = schema.fields.map(FieldPlan.init)
        missingMarks = schema.missingValues.sorted().map(ByteConstant.init)
        // Only ASCII marks can be decided by length; a non-ASCII one is compared as text.
        longestMissingMark = missingMarks.allSatisfy(\.isASCII) ? missingMarks.map(\.bytes.count).max() ?? 0 : .max
    }

    /// Checks one row.
    ///
    /// - Parameters:
    ///   - cellCount: The number of cells in the row.
    ///   - bytes: The UTF-8 bytes of the cell at a column (valid during the call).
    ///   - string: The cell at a column as NFC text, asked only for values kept or reported.
    /// - Returns: The typed row, or the first problem.
    public func check(
        cellCount: Int,
        bytes: (Int) -> UnsafeRawBufferPointer,
        string: (Int) -> String
    ) -> Result<TypedRow, RowProblem> {
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
        values.reserveCapacity(plans.count)
        for (index, plan) in plans.enumerated() {
            guard let column = binding.columnOfField[index] else {
                if plan.required {
                    return .failure(RowProblem(.constraintError, field: plan.field.name, "\(plan.field.name) is required but empty"))
                }
                values.append(nil)
                continue
            }
            switch check(plan, bytes(column), { string(column) }) {
            case .success(let value): values.append(value)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(TypedRow(values: values))
    }

    /// Checks one row given as strings (tests and small inputs).
    public func check(cellCount: Int, cell: (Int) -> String) -> Result<TypedRow, RowProblem> {
        let cells = (0..<cellCount).map(cell)
        var flat: [UInt8] = []
        var ends: [Int] = []
        for text in cells {
            flat.append(contentsOf: text.utf8)
            ends.append(flat.count)
        }
        return flat.withUnsafeBytes { base in
            check(cellCount: cellCount, bytes: { index in
                UnsafeRawBufferPointer(rebasing: base[(index == 0 ? 0 : ends[index - 1])..<ends[index]])
            }, string: { cells[$0] })
        }
    }

    private func isMissing(_ bytes: UnsafeRawBufferPointer, _ text: () -> String) -> Bool {
        bytes.count <= longestMissingMark && missingMarks.contains { $0.matches(bytes, text) }
    }

    private func check(_ plan: FieldPlan, _ bytes: UnsafeRawBufferPointer, _ text: () -> String) -> Result<CellValue?, RowProblem> {
        // `plan.field` is read only to report a problem: copying the field costs retains.
        if isMissing(bytes, text) {
            if plan.required {
                return .failure(RowProblem(.constraintError, field: plan.name, "\(plan.name) is required but empty"))
            }
            return .success(nil)
        }
        let value: CellValue
        switch plan.type {
        case .string:
            if let allowed = plan.allowedStrings {
                // The allowed value itself is kept: no new String per row.
                guard let match = allowed.first(where: { $0.text.matches(bytes, text) }) else {
                    return .failure(RowProblem(.constraintError, field: plan.name, "\(plan.name) '\(text())' is not one of \(plan.allowedList)"))
                }
                return .success(match.value)
            }
            value = .string(text())
        case .integer, .number:
            guard let decimal = ExactDecimal(utf8: bytes, marks: marks) else { return typeError(plan.field, text()) }
            if plan.type == .number {
                value = .number(decimal)
            } else {
                guard decimal.scale == 0, let integer = Int(exactly: decimal.significand) else { return typeError(plan.field, text()) }
                value = .integer(integer)
            }
        case .date:
            guard let date = CivilDate(utf8: bytes) else { return typeError(plan.field, text()) }
            value = .date(date)
        case .quarter:
            guard let quarter = Quarter(utf8: bytes) else { return typeError(plan.field, text()) }
            value = .quarter(quarter)
        }
        guard plan.hasValueConstraints else { return .success(value) }
        let name = plan.name
        if let allowed = plan.allowedValues, !allowed.contains(value) {
            return .failure(RowProblem(.constraintError, field: name, "\(name) '\(text())' is not one of \(plan.allowedList)"))
        }
        if let minimum = plan.minimum, value.compare(to: minimum) == true {
            return .failure(RowProblem(.constraintError, field: name, "\(name) \(value) is below the minimum \(minimum)"))
        }
        if let maximum = plan.maximum, maximum.compare(to: value) == true {
            return .failure(RowProblem(.constraintError, field: name, "\(name) \(value) is above the maximum \(maximum)"))
        }
        if let pattern = plan.pattern, !pattern.matches(text()) {
            return .failure(RowProblem(.constraintError, field: name, "\(name) '\(text())' does not match \(pattern.source)"))
        }
        return .success(value)
    }

    private func typeError(_ field: SchemaField, _ text: String) -> Result<CellValue?, RowProblem> {
        .failure(RowProblem(.typeError, field: field.name, "\(field.name) '\(text)' is not a valid \(field.type.rawValue)"))
    }
}

/// What the checker precomputes for one field.
///
/// A class, so that the hot loop reads its flags through one reference instead of copying
/// the field (its strings and arrays) for every cell.
private final class FieldPlan: Sendable {
    let field: SchemaField
    let name: String
    let type: FieldType
    let required: Bool
    /// True when enum, minimum, maximum or pattern apply after typing.
    let hasValueConstraints: Bool
    // The constraints, held apart so that checking a cell copies no `SchemaField`.
    let allowedValues: [CellValue]?
    let minimum: CellValue?
    let maximum: CellValue?
    let pattern: FieldPattern?
    /// For a string field with an enum and no pattern: each allowed value and its bytes.
    let allowedStrings: [(value: CellValue, text: ByteConstant)]?
    /// The allowed values as messages list them.
    let allowedList: String

    init(_ field: SchemaField) {
        self.field = field
        name = field.name
        type = field.type
        let constraints = field.constraints
        required = constraints.required
        allowedValues = constraints.allowedValues
        minimum = constraints.minimum
        maximum = constraints.maximum
        pattern = constraints.pattern
        hasValueConstraints = allowedValues != nil || minimum != nil || maximum != nil || pattern != nil
        let allowed = field.constraints.allowedValues ?? []
        allowedList = allowed.map(\.description).joined(separator: ", ")
        if field.type == .string, !allowed.isEmpty, field.constraints.pattern == nil {
            allowedStrings = allowed.map { ($0, ByteConstant($0.description)) }
        } else {
            allowedStrings = nil
        }
    }
}

/// A constant a cell is compared with (a missing mark, an allowed value), prepared once.
private struct ByteConstant: Sendable {
    let text: String
    let bytes: [UInt8]
    let isASCII: Bool

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// True when the cell equals the constant: byte for byte when the constant is ASCII (no
    /// normalization turns other text into ASCII), else as NFC text (the reader's bytes are
    /// decoded but not yet normalized).
    func matches(_ cell: UnsafeRawBufferPointer, _ cellText: () -> String) -> Bool {
        guard isASCII else { return cellText() == text }
        guard cell.count == bytes.count else { return false }
        return bytes.withUnsafeBytes { $0.elementsEqual(cell) }
    }
}
