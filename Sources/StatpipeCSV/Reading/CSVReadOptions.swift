/// How to read one CSV input; every setting has the SPEC §2 default.
public struct CSVReadOptions: Sendable, Equatable {
    /// The field separator, or nil to sniff it from the header line.
    public var delimiter: CSVDelimiter?
    /// The encoding declared for the input (`encoding:` / `--encoding`), or nil for the
    /// default: UTF-8 when the bytes are valid UTF-8, else windows-1258. A declared `utf-8`
    /// makes invalid bytes an error instead of a reason to fall back.
    public var declaredEncoding: TextEncoding?
    /// The size of each read from disk; tests shrink it to cut records at every boundary.
    public var chunkSize: Int

    /// The default read size: large enough to amortize system calls, small enough to stay in cache.
    public static let defaultChunkSize = 1 << 16

    public init(delimiter: CSVDelimiter? = nil, declaredEncoding: TextEncoding? = nil, chunkSize: Int = defaultChunkSize) {
        self.delimiter = delimiter
        self.declaredEncoding = declaredEncoding
        self.chunkSize = chunkSize
    }
}
