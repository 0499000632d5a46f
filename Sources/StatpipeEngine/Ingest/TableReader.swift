import StatpipeCSV

/// A source of records with a header: the one shape every input takes after ingest.
///
/// Everything after ingest (convert, inspect, validation) reads through this protocol, so
/// a new input format is one more conforming type.
public protocol TableReader: AnyObject {
    /// The file as named in messages.
    var displayPath: String { get }
    /// The header cells, NFC, as written.
    var header: [String] { get }
    /// The physical line (or sheet row) of the header.
    var headerLine: Int { get }
    /// The encoding name reported by `inspect` and the validation report.
    var encodingName: String { get }
    /// The field separator, for delimited text; nil for a workbook.
    var delimiterName: String? { get }
    /// Blank rows passed over so far.
    var blankRows: Int { get }
    /// Streams each data record after the header; blank rows are counted, and skipped
    /// unless `includingBlankRows` asks for them.
    func forEachRecord(includingBlankRows: Bool, _ body: (CSVRecord) throws -> Void) throws
}

extension TableReader {
    /// Streams each data record after the header; blank rows are skipped and counted.
    public func forEachRecord(_ body: (CSVRecord) throws -> Void) throws {
        try forEachRecord(includingBlankRows: false, body)
    }
}

extension CSVFileReader: TableReader {
    public var encodingName: String { encoding.rawValue }
    public var delimiterName: String? { delimiter.description }
}
