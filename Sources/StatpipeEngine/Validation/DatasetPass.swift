import StatpipeCSV
import StatpipeCore

/// Validates the files of one dataset in sorted order: reads each record, checks its shape
/// and fields, lets the ``DatasetValidator`` judge it, and sends it to the rejects file or
/// to the sink. Every record read ends in exactly one of the two.
final class DatasetPass {
    private let dataset: PlannedDataset
    private var validator: DatasetValidator
    private let rejects: RejectWriter
    private let sink: (any AcceptedRowSink)?
    private(set) var reports: [FileReport] = []
    private(set) var warnings: [RunWarning] = []

    /// Rows waiting for the dataset's deferred judgement, by id (file order).
    private var origins: [Int: (file: Int, line: Int, raw: String)] = [:]
    /// Rejections decided before the deferred judgement, kept to be written in file order.
    private var earlyRejections: [(id: Int, problem: RowProblem)] = []
    private var nextID = 0
    private let defers: Bool

    init(dataset: PlannedDataset, validator: DatasetValidator, defers: Bool, rejects: RejectWriter, sink: (any AcceptedRowSink)?) {
        self.dataset = dataset
        self.validator = validator
        self.defers = defers
        self.rejects = rejects
        self.sink = sink
    }

    /// Validates every file, then the deferred rows; returns the validator for children.
    func run() throws(StatpipeError) -> DatasetValidator {
        for (index, file) in dataset.files.enumerated() {
            reports.append(FileReport(path: file.relativePath, dataset: dataset.name))
            try validate(fileIndex: index)
        }
        if defers { try judgeDeferred() }
        return validator
    }

    private func validate(fileIndex: Int) throws(StatpipeError) {
        let file = dataset.files[fileIndex]
        let reader: any TableReader
        do {
            reader = try TableOpener.open(file.absolutePath, displayPath: file.relativePath, options: file.options)
        } catch where error.kind == .invalidData {
            // An empty or unreadable-as-CSV file: its only "row" is the broken header.
            return try reject(fileIndex: fileIndex, line: 1, RowProblem(.sourceError, error.message), raw: "")
        }
        reports[fileIndex].encoding = reader.encodingName
        reports[fileIndex].delimiter = reader.delimiterName
        let binding: HeaderBinding
        switch HeaderBinding.bind(header: reader.header, to: dataset.schema) {
        case .failure(let labelProblem):
            try rejectAll(reader, fileIndex: fileIndex, labelProblem)
            reports[fileIndex].blankRows = reader.blankRows
            return
        case .success(let bound):
            binding = bound
        }
        for label in binding.extraLabels {
            warnings.append(RunWarning(code: ErrorCode.extraLabel.rawValue, file: file.relativePath,
                                       message: "column '\(label)' is not in the \(dataset.name) schema; ignored"))
        }
        let checker = RowChecker(schema: dataset.schema, binding: binding, format: file.options.numberFormat)
        try readRecords(reader, fileIndex: fileIndex) { (record) throws(StatpipeError) in
            if let issue = record.textIssue {
                return try self.reject(fileIndex: fileIndex, line: record.line, RowProblem(.encodingError, issue.message), raw: Self.raw(record))
            }
            switch checker.check(cellCount: record.count, bytes: { record[$0] }, string: record.string(at:)) {
            case .failure(let problem):
                try self.reject(fileIndex: fileIndex, line: record.line, problem, raw: Self.raw(record))
            case .success(let row):
                try self.judge(row, fileIndex: fileIndex, line: record.line, raw: { Self.raw(record) })
            }
        }
        reports[fileIndex].blankRows = reader.blankRows
    }

    /// Rejects every data row of a file whose header is unusable (a label error).
    private func rejectAll(_ reader: any TableReader, fileIndex: Int, _ problem: RowProblem) throws(StatpipeError) {
        try readRecords(reader, fileIndex: fileIndex) { (record) throws(StatpipeError) in
            try self.reject(fileIndex: fileIndex, line: record.line, problem, raw: Self.raw(record))
        }
    }

    /// Streams records; malformed CSV or undecodable bytes end the file as one rejected row.
    private func readRecords(
        _ reader: any TableReader,
        fileIndex: Int,
        _ body: (CSVRecord) throws(StatpipeError) -> Void
    ) throws(StatpipeError) {
        do {
            try reader.forEachRecord { record in try body(record) }
        } catch let error as StatpipeError {
            throw error
        } catch let error as CSVReadError {
            if case .unreadable = error.kind { throw StatpipeError(error) }
            let code: ErrorCode = error.kind == .invalidEncoding ? .encodingError : .sourceError
            let message = "\(error.message) at cell \(error.column ?? 1); the rest of the file is not read"
            try reject(fileIndex: fileIndex, line: error.line ?? 1, RowProblem(code, message), raw: "")
        } catch {
            throw StatpipeError(.io, "\(reader.displayPath): \(error)")
        }
    }

    private func judge(_ row: TypedRow, fileIndex: Int, line: Int, raw: () -> String) throws(StatpipeError) {
        let id = nextID
        nextID += 1
        switch validator.judge(row, id: id) {
        case .accepted(let complete):
            accept(complete, fileIndex: fileIndex)
        case .rejected(let problem):
            if defers {
                origins[id] = (fileIndex, line, raw())
                earlyRejections.append((id, problem))
            } else {
                try write(fileIndex: fileIndex, line: line, problem, raw: raw())
            }
        case .deferred:
            origins[id] = (fileIndex, line, raw())
        }
    }

    /// Rejects a row that failed before judgement (shape, fields, encoding).
    private func reject(fileIndex: Int, line: Int, _ problem: RowProblem, raw: String) throws(StatpipeError) {
        guard defers else { return try write(fileIndex: fileIndex, line: line, problem, raw: raw) }
        let id = nextID
        nextID += 1
        origins[id] = (fileIndex, line, raw)
        earlyRejections.append((id, problem))
    }

    /// Judges the deferred rows and writes every verdict of the dataset in file order.
    private func judgeDeferred() throws(StatpipeError) {
        var verdicts: [(id: Int, verdict: Verdict)] = validator.judgeDeferred()
        verdicts += earlyRejections.map { ($0.id, Verdict.rejected($0.problem)) }
        for (id, verdict) in verdicts.sorted(by: { $0.id < $1.id }) {
            guard let origin = origins[id] else { continue }
            switch verdict {
            case .accepted(let row): accept(row, fileIndex: origin.file)
            case .rejected(let problem): try write(fileIndex: origin.file, line: origin.line, problem, raw: origin.raw)
            case .deferred: preconditionFailure("a deferred row was not judged")
            }
        }
    }

    private func accept(_ row: TypedRow, fileIndex: Int) {
        reports[fileIndex].rowsRead += 1
        reports[fileIndex].rowsAccepted += 1
        sink?.accept(row, dataset: dataset, file: dataset.files[fileIndex])
    }

    private func write(fileIndex: Int, line: Int, _ problem: RowProblem, raw: String) throws(StatpipeError) {
        reports[fileIndex].rowsRead += 1
        reports[fileIndex].rowsRejected += 1
        reports[fileIndex].errors[problem.code, default: ErrorTally()].add(rowNumber: line, problem)
        try rejects.write(sourceFile: dataset.files[fileIndex].relativePath, rowNumber: line, problem: problem, raw: raw)
    }

    /// The record re-encoded as one CSV line, for the rejects file.
    private static func raw(_ record: CSVRecord) -> String {
        CSVLineEncoder.encode(record.strings())
    }
}
