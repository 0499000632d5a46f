import StatpipeCSV
import StatpipeCore

/// Reads one input file and runs the per-row checks on it, sending checked rows to the
/// ordered consumer in chunks. Runs on a worker thread; touches nothing shared.
struct FileWorker: Sendable {
    /// Rows per chunk: large enough to amortize the hand-over, small enough to keep the
    /// memory of a worker's queue flat.
    static let rowsPerChunk = 4096

    let file: PlannedFile
    let schema: TableSchema

    /// Reads the file to the end (or until `channel` is cancelled).
    func run(into channel: BoundedChannel<FileChunk>) {
        let reader: any TableReader
        do {
            reader = try TableOpener.open(file.absolutePath, displayPath: file.relativePath, options: file.options)
        } catch where error.kind == .invalidData {
            // An empty or unparsable file: its only "row" is the broken header.
            channel.send(.opened(encoding: "", delimiter: nil, extraLabels: []))
            channel.send(.broken(line: 1, RowProblem(.sourceError, error.message)))
            channel.send(.finished(blankRows: 0))
            return
        } catch {
            channel.send(.failed(error))
            return
        }
        let labelProblem: RowProblem?
        var checker: RowChecker?
        switch HeaderBinding.bind(header: reader.header, to: schema) {
        case .failure(let problem):
            labelProblem = problem
            guard channel.send(.opened(encoding: reader.encodingName, delimiter: reader.delimiterName, extraLabels: [])) else { return }
        case .success(let binding):
            labelProblem = nil
            checker = RowChecker(schema: schema, binding: binding, format: file.options.numberFormat)
            guard channel.send(.opened(encoding: reader.encodingName, delimiter: reader.delimiterName, extraLabels: binding.extraLabels)) else { return }
        }

        var rows: [CheckedRow] = []
        var records = RecordBuffer()
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
                if let labelProblem {
                    // A file with an unusable header: every data row is rejected with it.
                    outcome = .failure(labelProblem)
                } else if let issue = record.textIssue {
                    outcome = .failure(RowProblem(.encodingError, issue.message))
                } else if let checker {
                    outcome = checker.check(cellCount: record.count, bytes: { record[$0] }, string: record.string(at:))
                } else {
                    return
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
                return
            }
            let code: ErrorCode = error.kind == .invalidEncoding ? .encodingError : .sourceError
            let message = "\(error.message) at cell \(error.column ?? 1); the rest of the file is not read"
            channel.send(.broken(line: error.line ?? 1, RowProblem(code, message)))
        } catch is CancellationError {
            return
        } catch {
            channel.send(.failed(StatpipeError(.io, "\(file.relativePath): \(error)")))
            return
        }
        flush()
        channel.send(.finished(blankRows: reader.blankRows))
    }
}

/// Thrown inside a record loop to stop reading once the consumer has gone.
private struct CancellationError: Error {}
