/// Streams the records of one CSV file: decoded, tokenized by libcsv, with physical line
/// numbers, blank rows skipped and counted.
///
/// Opening the reader sniffs the encoding and the separator and reads the header (the
/// first non-blank record); ``forEachRecord(_:)`` then streams the data records.
///
/// ```swift
/// let reader = try CSVFileReader(path: "districts/152-luong-son/ocop_products.csv")
/// try reader.forEachRecord { record in print(record.line, record.strings()) }
/// ```
public final class CSVFileReader {
    /// The file as named in error messages.
    public let displayPath: String
    /// The encoding the file was decoded from.
    public let encoding: TextEncoding
    /// The field separator in use.
    public let delimiter: CSVDelimiter
    /// The header cells, NFC-normalized, exactly as written otherwise.
    public private(set) var header: [String] = []
    /// The physical line of the header.
    public private(set) var headerLine = 1
    /// Blank rows (empty lines, rows of empty cells) passed over so far, before and after the header.
    public private(set) var blankRows = 0

    private let path: String
    private let sniffed: SniffedEncoding
    private let chunkSize: Int
    private let stream: DecodedChunkStream
    private let tokenizer: CSVTokenizer
    /// Records of the current batch not yet handed out.
    private var nextPending = 0
    /// True once the input is used up or a problem ended it.
    private var isExhausted = false
    /// The problem that ended the input, thrown once the records before it are handed out.
    private var deferredError: CSVReadError?

    /// Opens `path`, sniffs encoding and separator, and reads the header.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - displayPath: How errors name the file (default: `path`).
    ///   - options: Separator, declared encoding and read size.
    /// - Throws: ``CSVReadError`` when the file is unreadable, empty, or its header malformed.
    public init(path: String, displayPath: String? = nil, options: CSVReadOptions = CSVReadOptions()) throws(CSVReadError) {
        let name = displayPath ?? path
        self.displayPath = name
        self.path = path
        chunkSize = options.chunkSize
        let file: FileByteReader
        do { file = try FileByteReader(path: path) } catch { throw error.renamed(name) }
        let sniffed: SniffedEncoding
        do { sniffed = try EncodingSniffer.sniff(file, declared: options.declaredEncoding) } catch {
            throw error.renamed(name)
        }
        self.sniffed = sniffed
        encoding = sniffed.encoding
        stream = DecodedChunkStream(reader: file, sniffed: sniffed, chunkSize: options.chunkSize)

        // Decode just enough to see the header line, sniff the separator from it, then
        // hand those bytes to the tokenizer as its first input.
        var prefix: [UInt8] = []
        var chosen = options.delimiter
        var step = DecodedChunkStream.Step.delivered
        while chosen == nil {
            do { step = try stream.next { prefix.append(contentsOf: $0) } } catch { throw Self.convert(error, name) }
            let isComplete = step != .delivered || prefix.count >= Self.sniffLimit
            chosen = prefix.withUnsafeBytes { DelimiterSniffer.sniff($0, isComplete: isComplete) }
        }
        delimiter = chosen ?? .comma
        tokenizer = CSVTokenizer(delimiter: delimiter.byte, checksText: sniffed.needsTextCheck)
        let syntaxError = prefix.withUnsafeBytes { tokenizer.parse($0) }
        finishStep(step, syntaxError: syntaxError)
        try readHeader()
    }

    /// What segment readers need to read this file as it was opened (Sendable, so segment
    /// workers on other threads can use it).
    public var layout: CSVFileLayout {
        CSVFileLayout(
            displayPath: displayPath, path: path, sniffed: sniffed, chunkSize: chunkSize, encoding: encoding,
            delimiter: delimiter, header: header, headerLine: headerLine
        )
    }

    /// A reader over one segment of a file already opened (see ``CSVFileSplitter``): decoded,
    /// split and headed as `original` says, so the file is not sniffed again. The segment
    /// that starts the file reads past the header; any other starts with data records.
    init(continuing original: CSVFileLayout, segment: CSVSegment) throws(CSVReadError) {
        displayPath = original.displayPath
        path = original.path
        sniffed = original.sniffed
        chunkSize = original.chunkSize
        encoding = original.encoding
        delimiter = original.delimiter
        header = original.header
        headerLine = original.headerLine
        let file: FileByteReader
        do {
            file = try FileByteReader(path: path)
            try file.restrict(to: segment.byteRange)
        } catch {
            throw error.renamed(displayPath)
        }
        let startsFile = segment.byteRange.lowerBound == 0
        stream = DecodedChunkStream(reader: file, sniffed: sniffed, chunkSize: chunkSize, atFileStart: startsFile)
        tokenizer = CSVTokenizer(delimiter: delimiter.byte, checksText: sniffed.needsTextCheck, firstLine: segment.firstLine)
        if startsFile { try readHeader() }
    }

    /// At most this much is decoded to find the header line before sniffing gives up.
    private static let sniffLimit = 1 << 20

    /// Calls `body` with each data record after the header, in file order.
    ///
    /// Blank rows are counted in ``blankRows`` and skipped, unless `includingBlankRows` asks
    /// for them too (validators that report each blank row by line). The record view is
    /// valid only inside `body`. A record whose text failed the check carries a ``TextIssue``.
    ///
    /// - Throws: ``CSVReadError`` for malformed CSV or undecodable bytes (records before the
    ///   problem have been handed over), or whatever `body` throws.
    public func forEachRecord(includingBlankRows: Bool = false, _ body: (CSVRecord) throws -> Void) throws {
        while true {
            try tokenizer.batch.forEachRecord(from: nextPending) { record in
                nextPending += 1
                if record.isBlank { blankRows += 1 }
                if !record.isBlank || includingBlankRows { try body(record) }
            }
            if let deferredError { throw deferredError }
            guard !isExhausted else { return }
            pump()
        }
    }

    /// Reads until the first non-blank record, which becomes the header.
    private func readHeader() throws(CSVReadError) {
        while true {
            var found: (line: Int, cells: [String], issue: TextIssue?)?
            tokenizer.batch.forEachRecord(from: nextPending) { record in
                guard found == nil else { return }
                nextPending += 1
                if record.isBlank {
                    blankRows += 1
                } else {
                    found = (record.line, record.strings(), record.textIssue)
                }
            }
            if let found {
                if let issue = found.issue {
                    throw CSVReadError(kind: .invalidEncoding, file: displayPath, line: found.line, column: issue.column, message: issue.message)
                }
                header = found.cells
                headerLine = found.line
                return
            }
            if let deferredError { throw deferredError }
            guard !isExhausted else {
                throw CSVReadError(kind: .empty, file: displayPath, message: "empty file: no header row")
            }
            pump()
        }
    }

    /// Replaces the consumed batch with the records of the next chunk.
    ///
    /// A problem is kept in `deferredError` rather than thrown, so that the records
    /// finished before it are handed out first.
    private func pump() {
        tokenizer.clearBatch()
        nextPending = 0
        var syntaxError: CSVSyntaxError?
        do {
            let step = try stream.next { bytes in syntaxError = tokenizer.parse(bytes) }
            finishStep(step, syntaxError: syntaxError)
        } catch {
            isExhausted = true
            deferredError = Self.convert(error, displayPath)
        }
    }

    /// Notes the end of input or the problem that ends it, after one chunk was parsed.
    private func finishStep(_ step: DecodedChunkStream.Step, syntaxError: CSVSyntaxError?) {
        if let syntaxError { return fail(syntaxError) }
        switch step {
        case .delivered:
            return
        case .invalidSequence:
            isExhausted = true
            let position = tokenizer.position
            deferredError = CSVReadError(
                kind: .invalidEncoding, file: displayPath, line: position.line, column: position.column,
                message: "bytes not defined in \(encoding.rawValue)"
            )
        case .end:
            isExhausted = true
            if let unterminated = tokenizer.finish() { fail(unterminated) }
        }
    }

    private func fail(_ error: CSVSyntaxError) {
        isExhausted = true
        deferredError = CSVReadError(
            kind: .malformed, file: displayPath, line: error.line, column: error.column, message: error.message
        )
    }

    private static func convert(_ error: any Error, _ name: String) -> CSVReadError {
        if let error = error as? CSVReadError { return error.renamed(name) }
        return CSVReadError(kind: .unreadable(errno: 0), file: name, message: "\(error)")
    }
}

extension CSVReadError {
    /// The same error naming the file as the user does.
    func renamed(_ name: String) -> CSVReadError {
        CSVReadError(kind: kind, file: name, line: line, column: column, message: message)
    }
}
