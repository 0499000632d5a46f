/// A problem with the text of one field: bytes that are not valid UTF-8, or a NUL byte.
public struct TextIssue: Sendable, Equatable {
    /// What is wrong with the bytes.
    public enum Reason: Sendable, Equatable {
        /// The field holds bytes that are not valid UTF-8 under a declared `utf-8` encoding.
        case invalidUTF8
        /// The field holds a NUL byte, which no text file of this kind contains.
        case nulByte
    }

    /// The 1-based number of the field (cell) in its record.
    public let column: Int
    /// What is wrong.
    public let reason: Reason

    public init(column: Int, reason: Reason) {
        self.column = column
        self.reason = reason
    }

    /// A one-line description for error messages.
    public var message: String {
        switch reason {
        case .invalidUTF8: return "invalid UTF-8 bytes in cell \(column)"
        case .nulByte: return "NUL byte in cell \(column)"
        }
    }
}
