import StatpipeCSV

/// A failure the command line reports in one line and maps to an exit code (SPEC §1).
///
/// The message already names the file and, where it applies, line and column.
public struct StatpipeError: Error, CustomStringConvertible, Sendable {
    /// What kind of failure, which decides the exit code.
    public enum Kind: Sendable, Equatable {
        /// Data failed validation, a required input is missing, or an input is malformed (exit 1).
        case invalidData
        /// A usage or pipeline-file error (exit 2).
        case usage
        /// Another run holds the output lock (exit 3).
        case locked
        /// An input unreadable or an output not writable (exit 4).
        case io
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// Classifies a reading failure: I/O problems are `io`, malformed content is `invalidData`.
    public init(_ error: CSVReadError) {
        switch error.kind {
        case .unreadable: self.init(.io, error.description)
        case .malformed, .invalidEncoding, .empty: self.init(.invalidData, error.description)
        }
    }

    public var description: String { message }
}
