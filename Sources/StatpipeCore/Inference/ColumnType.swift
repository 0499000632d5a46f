/// The type `inspect` guesses for a column, named as Table Schema names field types.
public enum ColumnType: String, Sendable, CaseIterable {
    case integer
    case number
    case date
    case quarter
    case string
}
