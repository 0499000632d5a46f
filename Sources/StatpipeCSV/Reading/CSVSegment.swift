/// A run of whole records inside a file, found by ``CSVFileSplitter``: a byte range that
/// starts and ends on record boundaries, and the physical line where it starts.
public struct CSVSegment: Sendable, Equatable {
    /// The bytes of the segment in the file.
    public let byteRange: Range<Int>
    /// The 1-based physical line of the segment's first byte.
    public let firstLine: Int

    public init(byteRange: Range<Int>, firstLine: Int) {
        self.byteRange = byteRange
        self.firstLine = firstLine
    }
}
