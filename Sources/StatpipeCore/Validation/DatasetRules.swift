/// Rules a dataset adds to what Table Schema can say (SPEC §3 and §4: "the dataset's own
/// rules"), run after a row's fields pass and before its unique and foreign-key checks.
public protocol DatasetRules: Sendable {
    /// Checks one row, and may complete it (a default value); nil when it passes.
    mutating func checkRow(_ row: inout TypedRow) -> RowProblem?

    /// True when rows can only be judged once the whole dataset is read, in an order of
    /// the rules' choosing (a product's re-evaluations in date order).
    var defersJudgement: Bool { get }

    /// The order to judge deferred rows in, as indexes into `rows` (given in file order).
    func judgementOrder(_ rows: [TypedRow]) -> [Int]

    /// Checks a deferred row, in judgement order; nil when it passes.
    mutating func checkInOrder(_ row: TypedRow) -> RowProblem?

    /// Learns that a row was accepted, for rules that follow a chain of rows.
    mutating func accepted(_ row: TypedRow)
}

extension DatasetRules {
    public var defersJudgement: Bool { false }
    public func judgementOrder(_ rows: [TypedRow]) -> [Int] { Array(rows.indices) }
    public mutating func checkInOrder(_ row: TypedRow) -> RowProblem? { nil }
    public mutating func accepted(_ row: TypedRow) {}
}
