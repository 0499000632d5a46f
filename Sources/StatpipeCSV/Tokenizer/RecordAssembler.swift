/// Turns libcsv's field and row callbacks into records with physical line numbers.
///
/// Under `CSV_REPALL_NL` libcsv ends a row at every unquoted CR and at every unquoted LF,
/// so `a,b\r\n` arrives as a row ended by CR followed by an empty row ended by LF. That
/// empty row is the second half of one line break and is dropped; any other empty row is
/// an empty line and becomes a zero-field record (a blank row for the reader to count).
///
/// It is a struct reached through a pointer from the C callbacks: that path runs once per
/// field, and a class there would cost a retain, a release and two dynamic exclusivity
/// checks per call (measured: over a third of the reader's time).
struct RecordAssembler {
    /// The finished records not yet consumed.
    var batch = RecordBatch()
    /// Fields delivered for the record in progress.
    private(set) var fieldsInRecord = 0
    /// The physical line after the delivered fields of the record in progress.
    var lineAfterDeliveredFields: Int { recordStartLine + lineBreaksInRecord }

    private let checksText: Bool
    private var recordStartLine = 1
    private var lineBreaksInRecord = 0
    private var previousRowEndedWithCR = false
    private var recordTextIssue: TextIssue?

    init(checksText: Bool, firstLine: Int = 1) {
        self.checksText = checksText
        recordStartLine = firstLine
    }

    /// Copies one field into the batch.
    mutating func appendField(_ field: UnsafeRawBufferPointer) {
        fieldsInRecord += 1
        if !field.isEmpty {
            batch.bytes.append(contentsOf: field)
            // Only a quoted field can hold a line break; a cheap scan keeps lines exact.
            lineBreaksInRecord += LineBreaks.count(in: field)
            if checksText, recordTextIssue == nil, let reason = TextCheck.problem(in: field) {
                recordTextIssue = TextIssue(column: fieldsInRecord, reason: reason)
            }
        }
        batch.fieldEnds.append(batch.bytes.count)
    }

    /// Ends the record in progress; `terminator` is the CR or LF that ended it, or -1 at the end.
    mutating func endRow(terminator: Int32) {
        let isSecondHalfOfCRLF = fieldsInRecord == 0 && terminator == 0x0A && previousRowEndedWithCR
        previousRowEndedWithCR = terminator == 0x0D
        if isSecondHalfOfCRLF { return }
        batch.recordEnds.append(batch.fieldEnds.count)
        batch.recordLines.append(recordStartLine)
        batch.textIssues.append(recordTextIssue)
        recordStartLine += lineBreaksInRecord + (terminator < 0 ? 0 : 1)
        lineBreaksInRecord = 0
        fieldsInRecord = 0
        recordTextIssue = nil
    }
}
