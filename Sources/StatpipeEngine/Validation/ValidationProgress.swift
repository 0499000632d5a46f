/// How far validation has got, reported as chunks are consumed (for progress lines).
public struct ValidationProgress: Sendable, Equatable {
    public var filesDone: Int
    public let files: Int
    /// Data rows consumed so far.
    public var rows: Int
    /// Bytes of the files finished so far.
    public var bytesDone: Int
    /// Bytes of all input files.
    public let bytes: Int
}
