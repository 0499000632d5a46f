/// Checks a field's bytes for the problems a text file must not have.
enum TextCheck {
    /// The first problem in `bytes`, or nil when they are valid UTF-8 without NUL.
    static func problem(in bytes: UnsafeRawBufferPointer) -> TextIssue.Reason? {
        if bytes.contains(0) { return .nulByte }
        var validator = UTF8Validator()
        return validator.consume(bytes) && validator.isAtBoundary ? nil : .invalidUTF8
    }
}
