import StatpipeCSV

extension PipelineLoader {
    /// The keys an `overrides:` entry may set.
    static let overrideKeys = ["files", "decimal", "thousands", "encoding", "delimiter", "sheet"]

    /// Reads one `overrides:` entry; `files` is required, every other key optional.
    static func loadOverride(_ node: PipelineNode) throws(StatpipeError) -> InputOverride {
        let keys = try node.mapping(known: overrideKeys)
        var override = InputOverride(files: try globs(keys.required("files")))
        if let decimal = keys.optional("decimal") {
            let value = try decimal.string(allowingEmpty: true)
            guard value == "." || value == "," else { throw decimal.typeError("'.' or ','") }
            override.decimalMark = Character(value)
        }
        if let thousands = keys.optional("thousands") {
            let value = try thousands.string(allowingEmpty: true)
            guard [".", ",", " ", ""].contains(value) else { throw thousands.typeError("'.', ',', ' ' or ''") }
            override.thousands = value.isEmpty ? .ungrouped : .separator(Character(value))
            if let decimal = override.decimalMark, value == String(decimal) {
                throw thousands.error("'\(thousands.keyPath)' must differ from the decimal mark '\(decimal)'")
            }
        }
        if let encoding = keys.optional("encoding") {
            guard let value = TextEncoding(declaredName: try encoding.string()) else {
                throw encoding.typeError("one of utf-8, windows-1258, windows-1252, utf-16le, utf-16be")
            }
            override.encoding = value
        }
        if let delimiter = keys.optional("delimiter") {
            guard let value = CSVDelimiter(spelling: try delimiter.string(allowingEmpty: true)) else {
                throw delimiter.typeError("one of ',' ';' '|' or tab")
            }
            override.delimiter = value
        }
        if let sheet = keys.optional("sheet") {
            override.sheet = try sheet.string()
        }
        return override
    }
}
