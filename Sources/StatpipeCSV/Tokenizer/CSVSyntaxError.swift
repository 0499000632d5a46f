/// A malformed-CSV problem found by libcsv, located by physical line and cell.
struct CSVSyntaxError: Error, Equatable {
    /// The kind of malformation.
    enum Kind: Equatable {
        /// A quote inside an unquoted field, or text after a closing quote (strict mode).
        case misplacedQuote
        /// The input ended inside a quoted field.
        case unterminatedQuote
        /// libcsv could not grow its field buffer (`CSV_ENOMEM` / `CSV_ETOOBIG`).
        case fieldTooLarge
    }

    let kind: Kind
    /// The 1-based physical line of the problem.
    let line: Int
    /// The 1-based cell number in the record.
    let column: Int

    /// A one-line description for error messages.
    var message: String {
        switch kind {
        case .misplacedQuote: return "misplaced quote (a quote inside an unquoted field, or text after a closing quote)"
        case .unterminatedQuote: return "unterminated quoted field"
        case .fieldTooLarge: return "field too large to buffer"
        }
    }
}
