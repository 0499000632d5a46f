import StatpipeCSV

/// The second pass over a sheet: hands each row after the header to the reader's caller as
/// a `CSVRecord`, in batches through a ``RecordBuffer`` so memory stays bounded.
struct XLSXRecordSink: XLSXRowSink {
    /// Records per batch, and the bytes of cell text that also end a batch.
    static let batchRecords = 1_024
    static let batchBytes = 1 << 20

    private let headerLine: Int
    private let blankRecord: [String]
    private let includingBlankRows: Bool
    private let body: (CSVRecord) throws -> Void
    private var buffer = RecordBuffer()
    private var bufferedBytes = 0
    /// Blank rows after the header passed so far.
    private(set) var blankRows = 0

    /// - Parameters:
    ///   - headerLine: Rows up to this one were read by the first pass.
    ///   - width: The header's cell count: shorter rows are padded with empty cells, since a
    ///     sheet simply leaves trailing empty cells out.
    ///   - includingBlankRows: Whether blank rows go to `body` too.
    ///   - body: Receives each record.
    init(headerLine: Int, width: Int, includingBlankRows: Bool, body: @escaping (CSVRecord) throws -> Void) {
        self.headerLine = headerLine
        self.blankRecord = Array(repeating: "", count: max(1, width))
        self.includingBlankRows = includingBlankRows
        self.body = body
    }

    var wantsRows: Bool { true }

    mutating func row(_ line: Int, cells: [String]) throws {
        guard line > headerLine else { return }
        guard !cells.isEmpty else { return try blankRows(line...line) }
        if cells.count < blankRecord.count {
            try append(cells + blankRecord[cells.count...], line: line)
        } else {
            try append(cells, line: line)
        }
    }

    mutating func blankRows(_ lines: ClosedRange<Int>) throws {
        let first = max(lines.lowerBound, headerLine + 1)
        guard first <= lines.upperBound else { return }
        let after = first...lines.upperBound
        blankRows += after.count
        guard includingBlankRows else { return }
        for line in after { try append(blankRecord, line: line) }
    }

    mutating func merged(_ range: XLSXCellRange) throws {}

    /// Hands the buffered records to `body`.
    mutating func flush() throws {
        defer {
            buffer.removeAll()
            bufferedBytes = 0
        }
        try buffer.forEachRecord(body)
    }

    private mutating func append(_ cells: [String], line: Int) throws {
        buffer.append(cells, line: line)
        bufferedBytes += cells.reduce(0) { $0 + $1.utf8.count }
        if buffer.count >= Self.batchRecords || bufferedBytes >= Self.batchBytes { try flush() }
    }
}
