import StatpipeCore

extension ValidationOutcome {
    /// `validation/report.json` (SPEC §4), keys in SPEC order, codes sorted by name.
    public var reportJSON: JSONValue {
        .object([
            ("files", .array(files.map(\.json))),
            ("datasets", .object(datasets.map { ($0.name, $0.json) })),
            ("warnings", .array(warnings.map(\.json))),
        ])
    }
}

extension FileReport {
    var json: JSONValue {
        .object([
            ("path", .string(path)),
            ("dataset", .string(dataset)),
            ("encoding", .string(encoding)),
            ("delimiter", delimiter.map(JSONValue.string) ?? .null),
            ("rows_read", .int(rowsRead)),
            ("rows_accepted", .int(rowsAccepted)),
            ("rows_rejected", .int(rowsRejected)),
            ("blank_rows", .int(blankRows)),
            ("errors", .object(errors.keys.sorted().map { code in (code.rawValue, errors[code, default: ErrorTally()].json) })),
        ])
    }
}

extension ErrorTally {
    var json: JSONValue {
        .object([
            ("count", .int(count)),
            ("examples", .array(examples.map { example in
                .object([("row_number", .int(example.rowNumber)), ("field", .string(example.field)), ("message", .string(example.message))])
            })),
        ])
    }
}

extension DatasetReport {
    var json: JSONValue {
        .object([
            ("files", .int(files)),
            ("rows_read", .int(rowsRead)),
            ("rows_accepted", .int(rowsAccepted)),
            ("rows_rejected", .int(rowsRejected)),
            ("blank_rows", .int(blankRows)),
            ("reject_ratio", .number(Self.ratioText(rowsRejected, rowsRead))),
        ])
    }

    /// The ratio with six decimals, computed exactly (no binary floating point in outputs).
    static func ratioText(_ part: Int, _ whole: Int) -> String {
        guard whole > 0 else { return "0" }
        return DecimalRounding.quotient(Int128(part), Int128(whole), places: 6)
    }
}

extension RunWarning {
    /// The warning as `report.json` and the manifest list it.
    public var json: JSONValue {
        .object([("code", .string(code)), ("file", .string(file)), ("message", .string(message))])
    }
}
