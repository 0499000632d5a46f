import StatpipeCore

/// The first error SPEC §4 gives a row: an error code and the schema field it is about ("" for a row error).
struct CheckFailure: Error, Hashable {
    let code: String
    let field: String
}

/// One data row being checked: typed access to its cells by schema field, in the order SPEC §4
/// checks them (type-error before constraint-error for each field). Missing values read as nil.
/// Cells are typed by StatpipeCore's `CellValue.parse`, as statpipe types them.
struct RowCells {
    /// The Hoa Binh schemas' `missingValues`.
    static let missingValues: Set<String> = ["", "-", ".."]

    let file: ReadBackFile
    let record: ReadBackFile.Record
    /// How the pipeline reads the file's numbers (its `overrides:`).
    let numbers: NumberFormat

    /// missing-cell or extra-cell when the record's width differs from the header's.
    func checkShape() throws(CheckFailure) {
        if record.cells.count < file.header.count { throw CheckFailure(code: "missing-cell", field: "") }
        if record.cells.count > file.header.count { throw CheckFailure(code: "extra-cell", field: "") }
    }

    /// The cell's text, or nil when the column is absent or the value missing.
    func optional(_ field: String) -> String? {
        guard let column = file.column(of: field) else { return nil }
        let text = record.cells[column]
        return Self.missingValues.contains(text) ? nil : text
    }

    /// The cell's text; a missing value is a constraint-error (`required`).
    func required(_ field: String) throws(CheckFailure) -> String {
        guard let text = optional(field) else { throw CheckFailure(code: "constraint-error", field: field) }
        return text
    }

    /// A required value of an enum: constraint-error when outside it.
    func enumValue<T: RawRepresentable>(_ field: String, _ type: T.Type) throws(CheckFailure) -> T
    where T.RawValue == String {
        guard let value = T(rawValue: try required(field)) else {
            throw CheckFailure(code: "constraint-error", field: field)
        }
        return value
    }

    /// A quarter in any of the spellings of SPEC §1.
    func quarter(_ field: String, required isRequired: Bool) throws(CheckFailure) -> Quarter? {
        try typed(field, as: .quarter, required: isRequired)?.quarterValue
    }

    /// An ISO or day-first date.
    func date(_ field: String, required isRequired: Bool) throws(CheckFailure) -> CivilDate? {
        try typed(field, as: .date, required: isRequired)?.dateValue
    }

    /// A number ≥ 0 in the file's number format.
    func amount(_ field: String, required isRequired: Bool) throws(CheckFailure) -> ExactDecimal? {
        let value = try typed(field, as: .number, required: isRequired)?.decimalValue
        if let value, value.isNegative { throw CheckFailure(code: "constraint-error", field: field) }
        return value
    }

    /// An integer star rating in 3...5.
    func stars(_ field: String, required isRequired: Bool) throws(CheckFailure) -> Int? {
        let value = try typed(field, as: .integer, required: isRequired)?.integerValue
        if let value, !(3...5).contains(value) { throw CheckFailure(code: "constraint-error", field: field) }
        return value
    }

    /// The cell typed as `type`: type-error when it is not one; nil when missing and optional.
    private func typed(_ field: String, as type: FieldType,
                       required isRequired: Bool) throws(CheckFailure) -> CellValue? {
        guard let text = isRequired ? try required(field) : optional(field) else { return nil }
        guard let value = CellValue.parse(text, as: type, format: numbers) else {
            throw CheckFailure(code: "type-error", field: field)
        }
        return value
    }
}
