import StatpipeCore

/// What `statpipe inspect` learned about one file (SPEC §1).
public struct FileInspection: Sendable {
    /// One column: its header name and guessed type.
    public struct Column: Sendable {
        public let name: String
        public let type: ColumnType
    }

    public let path: String
    public let encoding: String
    /// The separator character, nil for a workbook.
    public let delimiter: String?
    public let header: [String]
    /// Data records, not counting the header or blank rows.
    public let rows: Int
    public let blankRows: Int
    public let columns: [Column]
    /// A workbook's sheets in tab order; nil for a text file.
    public let sheets: [String]?

    /// The `--json` object, keys in SPEC order; `sheets` last, and only for a workbook.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("path", .string(path)),
            ("encoding", .string(encoding)),
            ("delimiter", delimiter.map(JSONValue.string) ?? .null),
            ("header", .array(header.map(JSONValue.string))),
            ("rows", .int(rows)),
            ("blank_rows", .int(blankRows)),
            ("columns", .array(columns.map { .object([("name", .string($0.name)), ("type", .string($0.type.rawValue))]) })),
        ]
        if let sheets { members.append(("sheets", .array(sheets.map(JSONValue.string)))) }
        return .object(members)
    }
}
