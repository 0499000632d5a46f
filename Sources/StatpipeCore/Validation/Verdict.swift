/// What validation decided about one row.
public enum Verdict: Sendable, Equatable {
    /// The row counts; its values are complete (defaults filled in).
    case accepted(TypedRow)
    /// The row is rejected with its first problem.
    case rejected(RowProblem)
    /// The row waits for the whole dataset (see ``DatasetRules/defersJudgement``).
    case deferred
}
