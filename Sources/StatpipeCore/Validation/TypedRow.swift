/// A row that passed its field checks: one parsed value (or nil for empty) per schema field.
public struct TypedRow: Sendable, Equatable {
    /// Values in schema field order.
    public var values: [CellValue?]

    public init(values: [CellValue?]) {
        self.values = values
    }

    /// The canonical text of the fields at `indexes`, joined by U+001F: a key that compares
    /// "as text after parsing" (SPEC §3), where an empty value equals another empty value.
    public func key(_ indexes: [Int]) -> [UInt8] {
        var key: [UInt8] = []
        appendKey(indexes, to: &key)
        return key
    }

    /// Appends the key of `indexes` to `key` (reuse one buffer on hot paths).
    public func appendKey(_ indexes: [Int], to key: inout [UInt8]) {
        for (position, index) in indexes.enumerated() {
            if position > 0 { key.append(0x1F) }
            values[index]?.appendCanonical(to: &key)
        }
    }

    /// A key as people read it: its fields separated by `, `.
    public static func readable(_ key: [UInt8]) -> String {
        key.split(separator: 0x1F, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: ", ")
    }
}
