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
}
