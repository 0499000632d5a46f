import StatpipeCSV
import StatpipeCore

/// Reads one input file and runs the per-row checks on it, sending checked rows to the
/// ordered consumer in chunks. Runs on a worker thread; touches nothing shared.
///
/// A large text file is cut into segments of whole records (``CSVFileSplitter``) that are
/// checked in parallel by up to `jobs` workers and forwarded in order, so one big file
/// uses every core and still reads exactly as a single pass would.
struct FileWorker: Sendable {
    /// Rows per chunk: large enough to amortize the hand-over, small enough to keep the
    /// memory of a worker's queue flat.
    static let rowsPerChunk = 4096
    /// Files above twice this size are split into segments of about this size.
    static let segmentSize = 8 << 20

    let file: PlannedFile
    let schema: TableSchema
    let jobs: Int

    /// How the rows of a file are checked: against the schema, or all rejected for a bad header.
    private enum Checking {
        case rows(RowChecker)
        case rejectAll(RowProblem)
    }

    /// Reads the file to the end (or until `channel` is cancelled).
    func run(into channel: BoundedChannel<FileChunk>) {
        let reader: any TableReader
        var options = file.options
        // An override's `sheet` may match a district's CSV files too; it only means workbooks.
        if !file.relativePath.lowercased().hasSuffix(".xlsx") { options.sheet = nil }
        do {
            reader = try TableOpener.open(file.absolutePath, displayPath: file.relativePath, options: options)
        } catch where error.kind != .io {
            // An empty or unparsable file, or a workbook without the sheet the pipeline names:
            // its only "row" is the broken header, and the other files go on.
            channel.send(.opened(source: file.relativePath, encoding: "", delimiter: nil, extraLabels: []))
            channel.send(.broken(line: 1, RowProblem(.sourceError, error.message)))
            channel.send(.finished(blankRows: 0))
            return
        } catch {
            channel.send(.failed(error))
            return
        }
        let checking: Checking
        var extraLabels: [String] = []
        switch HeaderBinding.bind(header: reader.header, to: schema) {
        case .failure(let problem):
            checking = .rejectAll(problem)
        case .success(let binding):
            checking = .rows(RowChecker(schema: schema, binding: binding, format: file.options.numberFormat))
            extraLabels = binding.extraLabels
        }
        let opened = FileChunk.opened(
            source: reader.displayPath, encoding: reader.encodingName, delimiter: reader.delimiterName, extraLabels: extraLabels
        )
        guard channel.send(opened) else { return }

        if jobs > 1, let csv = reader as? CSVFileReader, let segments = try? CSVFileSplitter.segments(
            path: file.absolutePath, encoding: csv.encoding, from: (0, 1), targetSize: Self.segmentSize
        ) {
            return runSegments(segments, of: csv.layout, checking, into: channel)
        }
        if let blankRows = check(reader, checking, into: channel) {
            channel.send(.finished(blankRows: blankRows))
        }
    }

    /// Checks the segments concurrently and forwards their chunks in segment order.
    private func runSegments(
        _ segments: [CSVSegment],
        of layout: CSVFileLayout,
        _ checking: Checking,
        into channel: BoundedChannel<FileChunk>
    ) {
        let stage = OrderedFileStage<FileChunk>(count: segments.count, jobs: jobs, capacity: 4) { index, segmentChannel in
            do throws(CSVReadError) {
                let segmentReader = try layout.reader(for: segments[index])
                if let blankRows = check(segmentReader, checking, into: segmentChannel) {
                    segmentChannel.send(.finished(blankRows: blankRows))
                }
            } catch {
                segmentChannel.send(.failed(StatpipeError(error)))
            }
        }
        defer { stage.finish() }
        var blankRows = 0
        for index in segments.indices {
            var ended = false
            stage.consume(index) { chunk in
                guard !ended else { return }
                switch chunk {
                case .finished(let count):
                    blankRows += count
                case .broken, .failed:
                    // The rest of the file cannot be trusted after a malformed record.
                    ended = true
                    if !channel.send(chunk) { return }
                default:
                    if !channel.send(chunk) { ended = true }
                }
            }
            if ended { return }
        }
        channel.send(.finished(blankRows: blankRows))
    }

    /// Checks every record of `reader`, sending chunks of checked rows.
    /// - Returns: The blank rows passed over, or nil when the file ended broken or the
    ///   consumer went away (the chunk saying so was sent).
    private func check(_ reader: any TableReader, _ checking: Checking, into channel: BoundedChannel<FileChunk>) -> Int? {
        var rows: [CheckedRow] = []
        var records = RecordBuffer()
        var strings = RepeatingCellStrings()
        var isCancelled = false
        let flush = {
            guard !rows.isEmpty else { return }
            if !channel.send(.rows(rows, records)) { isCancelled = true }
            rows.removeAll(keepingCapacity: true)
            records.removeAll()
        }
        do {
            try reader.forEachRecord { record in
                let outcome: Result<TypedRow, RowProblem>
                if let issue = record.textIssue {
                    outcome = .failure(RowProblem(.encodingError, issue.message))
                } else {
                    switch checking {
                    case .rejectAll(let problem):
                        // A file with an unusable header: every data row is rejected with it.
                        outcome = .failure(problem)
                    case .rows(let checker):
                        outcome = checker.check(
                            cellCount: record.count, bytes: { record[$0] }, string: { strings.string(at: $0, of: record) }
                        )
                    }
                }
                rows.append(CheckedRow(line: record.line, outcome: outcome))
                records.append(record)
                if rows.count == Self.rowsPerChunk {
                    flush()
                    if isCancelled { throw CancellationError() }
                }
            }
        } catch let error as CSVReadError {
            flush()
            if case .unreadable = error.kind {
                channel.send(.failed(StatpipeError(error)))
                return nil
            }
            let code: ErrorCode = error.kind == .invalidEncoding ? .encodingError : .sourceError
            let message = "\(error.message) at cell \(error.column ?? 1); the rest of the file is not read"
            channel.send(.broken(line: error.line ?? 1, RowProblem(code, message)))
            return nil
        } catch is CancellationError {
            return nil
        } catch {
            channel.send(.failed(StatpipeError(.io, "\(file.relativePath): \(error)")))
            return nil
        }
        flush()
        return isCancelled ? nil : reader.blankRows
    }
}

/// Thrown inside a record loop to stop reading once the consumer has gone.
private struct CancellationError: Error {}
