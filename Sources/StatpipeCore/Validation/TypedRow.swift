/// A row that passed its field checks: one parsed value (or nil for empty) per schema field.
public struct TypedRow: Sendable, Equatable {
    /// Values in schema field order.
    public var values: [CellValue?]

    public init(values: [CellValue?]) {
        self.values = values
    }

    /// The canonical text of the fields at `indexes`, joined: a key that compares "as text
    /// after parsing" (SPEC §3), where an empty value equals another empty value.
    public func key(_ indexes: [Int]) -> String {
        var key = ""
        for (position, index) in indexes.enumerated() {
            if position > 0 { key.unicodeScalars.append("\u{1F}") }
            if let value = values[index] { key += value.description }
        }
        return key
    }
}
