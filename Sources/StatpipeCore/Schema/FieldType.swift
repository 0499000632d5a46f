/// The Table Schema field types statpipe knows (SPEC §3).
public enum FieldType: String, Sendable, CaseIterable {
    case string
    case integer
    case number
    case date
    /// A calendar quarter; a cell accepts the four spellings of SPEC §1.
    case quarter
}
