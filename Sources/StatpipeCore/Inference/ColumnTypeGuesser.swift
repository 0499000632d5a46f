/// Guesses a column's type from its values, one value at a time (memory does not grow).
///
/// A column keeps the narrowest type every non-missing value fits: integer, then number,
/// or date, or quarter; anything else is string. Missing marks (`""`, `-`, `..`, the ones
/// statistical tables use) are passed over, and a column with no value at all is string.
/// Digits with a leading zero (`052`) are codes, not numbers, so they make a column string:
/// reading them as integers is exactly how spreadsheets lose the zero.
public struct ColumnTypeGuesser: Sendable {
    /// The marks read as "no value" while guessing.
    public static let missingMarks: Set<String> = ["", "-", ".."]

    private var candidates: Set<ColumnType> = Set(ColumnType.allCases)
    private var sawValue = false

    public init() {}

    /// Narrows the guess with one more value.
    public mutating func observe(_ value: String) {
        guard !Self.missingMarks.contains(value), candidates != [.string] else { return }
        sawValue = true
        candidates = candidates.filter { Self.fits(value, $0) }
    }

    /// The guess after every value observed so far.
    public var guess: ColumnType {
        guard sawValue else { return .string }
        return ColumnType.allCases.first(where: candidates.contains) ?? .string
    }

    private static func fits(_ value: String, _ type: ColumnType) -> Bool {
        switch type {
        case .integer: return isInteger(value)
        case .number: return isInteger(value) || isDecimal(value)
        case .date: return CivilDate(parsing: value) != nil
        case .quarter: return Quarter(parsing: value) != nil
        case .string: return true
        }
    }

    private static func isInteger(_ value: String) -> Bool {
        var digits = Substring(value)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        guard Int(digits: digits) != nil else { return false }
        return digits.count == 1 || digits.first != "0"
    }

    /// Plain decimals with `.` or `,` as the decimal mark, optionally grouped by the other.
    private static func isDecimal(_ value: String) -> Bool {
        var text = Substring(value)
        if text.first == "-" || text.first == "+" { text = text.dropFirst() }
        for (decimal, grouping) in [(".", ","), (",", ".")] {
            let halves = text.split(separator: Character(decimal), omittingEmptySubsequences: false)
            guard halves.count <= 2, let whole = halves.first, !whole.isEmpty else { continue }
            if halves.count == 2, Int(digits: halves[1]) == nil { continue }
            let groups = whole.split(separator: Character(grouping), omittingEmptySubsequences: false)
            if whole.count > 1 && whole.first == "0" { return false }
            let grouped = groups.count > 1 && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            if groups.allSatisfy({ Int(digits: $0) != nil }) && (groups.count == 1 || grouped) { return true }
        }
        return false
    }
}
