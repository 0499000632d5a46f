internal import CLibCSV

/// A streaming CSV tokenizer on libcsv: feed it decoded UTF-8 chunks of any size and it
/// collects the finished records, each with the physical line where it starts.
///
/// libcsv runs with `CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL`: malformed quoting and
/// an unterminated quote at the end are errors, and every unquoted CR and LF ends a row, so
/// that empty lines are seen (as zero-field rows) and physical lines can be counted. libcsv
/// reports no positions, so lines are counted here: one per row terminator (CRLF counts
/// once) plus the line breaks inside quoted fields.
///
/// One tokenizer per file; it is not thread-safe (libcsv keeps all state in its parser).
final class CSVTokenizer {
    /// The records finished so far; the owner empties it after consuming them.
    var batch: RecordBatch { assembler.pointee.batch }

    private let parser: UnsafeMutablePointer<csv_parser>
    private let assembler: UnsafeMutablePointer<RecordAssembler>
    private var failed = false

    /// Creates a tokenizer for one input.
    ///
    /// - Parameters:
    ///   - delimiter: The field separator byte (`,`, `;`, tab or `|`).
    ///   - checksText: When true, each field is checked for invalid UTF-8 and NUL bytes and
    ///     the first problem of a record is kept with it (slower; only for suspect inputs).
    ///   - firstLine: The physical line of the first byte fed (a segment's first line).
    init(delimiter: UInt8, checksText: Bool, firstLine: Int = 1) {
        parser = .allocate(capacity: 1)
        parser.initialize(to: csv_parser())
        let status = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL))
        // csv_init fails only when malloc does, which Swift treats as fatal everywhere else too.
        precondition(status == 0, "csv_init failed: out of memory")
        csv_set_delim(parser, delimiter)
        // libcsv's own space rule stays: spaces and tabs around an unquoted cell are not data
        // (`152 ,` is `152`), a quoted cell keeps them, and a quote may follow spaces. A custom
        // rule would cost a C call per character (measured: 15% of the reader's time).
        assembler = .allocate(capacity: 1)
        assembler.initialize(to: RecordAssembler(checksText: checksText, firstLine: firstLine))
    }

    deinit {
        csv_free(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
        assembler.deinitialize(count: 1)
        assembler.deallocate()
    }

    /// Drops the finished records once consumed, keeping a record still in progress.
    func clearBatch() { assembler.pointee.batch.removeFinishedRecords() }

    /// Parses one chunk; finished records are appended to `batch`.
    ///
    /// - Returns: The malformation that stopped parsing, if any. Records finished before it
    ///   are in `batch`; the tokenizer must not be fed again after an error.
    func parse(_ chunk: UnsafeRawBufferPointer) -> CSVSyntaxError? {
        precondition(!failed, "CSVTokenizer fed after an error")
        guard !chunk.isEmpty else { return nil }
        let consumed = csv_parse(parser, chunk.baseAddress, chunk.count, LibCSVCallbacks.field, LibCSVCallbacks.row, assembler)
        guard consumed < chunk.count else { return nil }
        failed = true
        let kind: CSVSyntaxError.Kind = csv_error(parser) == CSV_EPARSE ? .misplacedQuote : .fieldTooLarge
        return syntaxError(kind, includingPartialField: true)
    }

    /// Flushes the last record when the input does not end with a line break.
    ///
    /// - Returns: `unterminatedQuote` when the input ends inside a quoted field.
    func finish() -> CSVSyntaxError? {
        guard !failed else { return nil }
        // libcsv returns -1 (not CSV_EPARSE) for an unterminated quote under CSV_STRICT_FINI.
        let status = csv_fini(parser, LibCSVCallbacks.field, LibCSVCallbacks.row, assembler)
        guard status != 0 else { return nil }
        failed = true
        // The unterminated field starts where the record's delivered fields end.
        return syntaxError(.unterminatedQuote, includingPartialField: false)
    }

    /// The physical position reached in the input: the line and cell now being parsed.
    var position: (line: Int, column: Int) {
        (assembler.pointee.lineAfterDeliveredFields + partialFieldLineBreaks, assembler.pointee.fieldsInRecord + 1)
    }

    private func syntaxError(_ kind: CSVSyntaxError.Kind, includingPartialField: Bool) -> CSVSyntaxError {
        let line = assembler.pointee.lineAfterDeliveredFields + (includingPartialField ? partialFieldLineBreaks : 0)
        return CSVSyntaxError(kind: kind, line: line, column: assembler.pointee.fieldsInRecord + 1)
    }

    /// Line breaks inside the field libcsv is still buffering.
    private var partialFieldLineBreaks: Int {
        guard let buffer = parser.pointee.entry_buf else { return 0 }
        return LineBreaks.count(in: UnsafeRawBufferPointer(start: buffer, count: parser.pointee.entry_pos))
    }
}

/// The C callbacks handed to libcsv; they capture nothing and reach the assembler through
/// libcsv's `void *data` argument, a pointer to the tokenizer's ``RecordAssembler``.
private enum LibCSVCallbacks {
    static let field: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
        bytes, count, context in
        guard let assembler = context?.assumingMemoryBound(to: RecordAssembler.self) else { return }
        assembler.pointee.appendField(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : count))
    }

    static let row: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { terminator, context in
        context?.assumingMemoryBound(to: RecordAssembler.self).pointee.endRow(terminator: terminator)
    }
}
