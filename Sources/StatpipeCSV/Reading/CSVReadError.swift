#if canImport(Glibc)
import Glibc
#endif

/// Why a CSV file could not be read, with the file and, where it applies, line and cell.
public struct CSVReadError: Error, Equatable, CustomStringConvertible {
    /// The kind of failure; callers map it to error codes and exit codes.
    public enum Kind: Equatable, Sendable {
        /// The file could not be opened or read (missing, a directory, permissions…).
        case unreadable(errno: Int32)
        /// Malformed CSV: misplaced or unterminated quotes (`source-error`).
        case malformed
        /// Bytes the file's encoding does not define, or text a declared encoding forbids.
        case invalidEncoding
        /// No header: the file is empty or holds only blank lines (`source-error`).
        case empty
    }

    public let kind: Kind
    /// The file, as the caller named it.
    public let file: String
    /// The 1-based physical line, when known.
    public let line: Int?
    /// The 1-based cell number, when known.
    public let column: Int?
    /// What went wrong, in a few words.
    public let message: String

    public init(kind: Kind, file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// An I/O failure from `errno`.
    static func io(file: String, errno code: Int32) -> CSVReadError {
        CSVReadError(kind: .unreadable(errno: code), file: file, message: String(cString: strerror(code)))
    }

    /// `file:line:column: message`, the one line an error message needs.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }
}
