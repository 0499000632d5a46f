/// The validation error codes of SPEC §4 (Frictionless names where one exists).
public enum ErrorCode: String, Sendable, CaseIterable, Comparable {
    case encodingError = "encoding-error"
    case sourceError = "source-error"
    case missingLabel = "missing-label"
    case duplicateLabel = "duplicate-label"
    case blankLabel = "blank-label"
    case extraLabel = "extra-label"
    case missingCell = "missing-cell"
    case extraCell = "extra-cell"
    case typeError = "type-error"
    case constraintError = "constraint-error"
    case uniqueError = "unique-error"
    case foreignKeyError = "foreign-key-error"
    case reevaluationInconsistent = "reevaluation-inconsistent"

    public static func < (lhs: ErrorCode, rhs: ErrorCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Why one row was rejected: its first failing check.
public struct RowProblem: Error, Sendable, Equatable {
    public let code: ErrorCode
    /// The schema field the problem is about; empty for row-level problems.
    public let field: String
    /// A sentence a district can act on, e.g. `stars 6 is above the maximum 5`.
    public let message: String

    public init(_ code: ErrorCode, field: String = "", _ message: String) {
        self.code = code
        self.field = field
        self.message = message
    }
}
