#if canImport(Glibc)
import Glibc
#endif

/// Makes the `String`s of a file's cells, reusing the previous row's when a column repeats.
///
/// Exports list a unit's rows together, so its name and code repeat row after row; making
/// (validating, normalizing, allocating) the same `String` again is most of what typing a
/// text cell costs. The result is the same `String` either way.
public struct RepeatingCellStrings {
    private var previousBytes: [[UInt8]] = []
    private var previousStrings: [String] = []

    public init() {}

    /// Field `column` of `record` as NFC text, as ``CSVRecord/string(at:)`` makes it.
    public mutating func string(at column: Int, of record: CSVRecord) -> String {
        let bytes = record[column]
        while previousBytes.count <= column {
            previousBytes.append([])
            previousStrings.append("")
        }
        if previousBytes[column].count == bytes.count, previousBytes[column].withUnsafeBytes({ Self.equal($0, bytes) }) {
            return previousStrings[column]
        }
        let text = makeNFCString(bytes)
        previousBytes[column].removeAll(keepingCapacity: true)
        previousBytes[column].append(contentsOf: bytes)
        previousStrings[column] = text
        return text
    }

    private static func equal(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return lhs.count == rhs.count }
        return memcmp(left, right, lhs.count) == 0
    }
}
