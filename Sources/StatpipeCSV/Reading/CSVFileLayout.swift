/// How an opened CSV file is read: its encoding, separator and header, as sniffed once.
public struct CSVFileLayout: Sendable {
    let displayPath: String
    let path: String
    let sniffed: SniffedEncoding
    let chunkSize: Int
    public let encoding: TextEncoding
    let delimiter: CSVDelimiter
    let header: [String]
    let headerLine: Int

    /// A reader over `segment` of the file, read as this layout says.
    public func reader(for segment: CSVSegment) throws(CSVReadError) -> CSVFileReader {
        try CSVFileReader(continuing: self, segment: segment)
    }
}
