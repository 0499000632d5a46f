/// A `pattern` constraint: a regular expression the whole cell must match.
public struct FieldPattern: @unchecked Sendable {
    // Regex is immutable once compiled; @unchecked because Regex<AnyRegexOutput> does not
    // declare Sendable on every toolchain.
    /// The expression as written in the schema.
    public let source: String
    private let regex: Regex<AnyRegexOutput>

    /// Compiles `source`; nil when it is not a valid expression.
    public init?(_ source: String) {
        guard let regex = try? Regex(source) else { return nil }
        self.source = source
        self.regex = regex
    }

    /// True when `text` matches as a whole (Table Schema patterns are implicitly anchored).
    public func matches(_ text: String) -> Bool {
        (try? regex.wholeMatch(in: text)) != nil
    }
}
