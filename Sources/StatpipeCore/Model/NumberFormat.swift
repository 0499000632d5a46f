/// How a file writes numbers: the decimal mark and an optional thousands separator
/// (SPEC §2: `.` by default; Vietnamese Excel writes `1.234,5`).
public struct NumberFormat: Sendable, Hashable {
    /// The decimal mark, `.` or `,`.
    public var decimalMark: Character
    /// The thousands separator, or nil when numbers are not grouped.
    public var groupMark: Character?

    public init(decimalMark: Character = ".", groupMark: Character? = nil) {
        self.decimalMark = decimalMark
        self.groupMark = groupMark
    }

    /// The marks as bytes, resolved once per file rather than once per cell.
    public struct Marks: Sendable {
        public let decimal: UInt8
        public let group: UInt8?
    }

    /// The marks as ASCII bytes (a non-ASCII decimal mark falls back to `.`).
    public var marks: Marks {
        Marks(decimal: decimalMark.asciiValue ?? UInt8(ascii: "."), group: groupMark?.asciiValue)
    }
}
