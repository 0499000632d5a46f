import StatpipeCore

extension Quarter {
    /// A quarter of the generator's own tables; traps on an impossible one, which would be a bug in those tables.
    init(_ year: Int, _ number: Int) {
        guard let quarter = Quarter(year: year, number: number) else {
            preconditionFailure("invalid quarter \(year)-Q\(number)")
        }
        self = quarter
    }

    /// Every quarter from `first` through `last`, in order (empty when `last` comes first).
    ///
    /// StatpipeCore has `advanced(by:)` and `yearToDate` but no general range; this belongs there.
    static func sequence(from first: Quarter, through last: Quarter) -> [Quarter] {
        Array(Swift.sequence(first: first) { $0.advanced(by: 1) }.prefix { $0 <= last })
    }
}
