/// The first error SPEC §4 gives a row: an error code and the schema field it is about ("" for a row error).
struct CheckFailure: Error, Hashable {
    let code: String
    let field: String
}

/// One data row being checked: typed access to its cells by schema field, in the order SPEC §4
/// checks them (type-error before constraint-error for each field). Missing values read as nil.
struct RowCells {
    /// The Hoa Binh schemas' `missingValues`.
    static let missingValues: Set<String> = ["", "-", ".."]

    let file: ReadBackFile
    let record: ReadBackFile.Record
    let numbers: NumberStyle

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

    /// A typed value: type-error when `parse` fails; nil when missing and optional.
    func typed<T>(_ field: String, required isRequired: Bool, _ parse: (String) -> T?) throws(CheckFailure) -> T? {
        guard let text = isRequired ? try required(field) : optional(field) else { return nil }
        guard let value = parse(text) else { throw CheckFailure(code: "type-error", field: field) }
        return value
    }

    /// A required value of an enum: constraint-error when outside it.
    func enumValue<T: RawRepresentable>(_ field: String, _ type: T.Type) throws(CheckFailure) -> T where T.RawValue == String {
        guard let value = T(rawValue: try required(field)) else { throw CheckFailure(code: "constraint-error", field: field) }
        return value
    }

    /// A number ≥ 0 in the file's number style.
    func amount(_ field: String, required isRequired: Bool) throws(CheckFailure) -> Thousandths? {
        let value = try typed(field, required: isRequired) { numbers.parse($0) }
        if let value, value < .zero { throw CheckFailure(code: "constraint-error", field: field) }
        return value
    }

    /// An integer star rating in 3...5.
    func stars(_ field: String, required isRequired: Bool) throws(CheckFailure) -> Int? {
        let value = try typed(field, required: isRequired) { Int(asciiDigits: $0) }
        if let value, !(3...5).contains(value) { throw CheckFailure(code: "constraint-error", field: field) }
        return value
    }
}
