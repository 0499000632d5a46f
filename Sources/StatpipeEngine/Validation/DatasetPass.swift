import StatpipeCSV
import StatpipeCore

/// The ordered half of validating one dataset: takes each file's checked rows in sorted
/// file order, lets the ``DatasetValidator`` judge them (keys, foreign keys, the dataset's
/// rules), and sends each row to the rejects file or to the sink. Every record read ends in
/// exactly one of the two.
final class DatasetPass {
    let dataset: PlannedDataset
    private var validator: DatasetValidator
    private let rejects: RejectWriter
    private let sink: (any AcceptedRowSink)?
    private(set) var reports: [FileReport]
    private(set) var warnings: [RunWarning] = []
    /// How rejects name each file: its path, or `book.xlsx#Sheet` for a workbook.
    private var sources: [String]

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
        reports = dataset.files.map { FileReport(path: $0.relativePath, dataset: dataset.name) }
        sources = dataset.files.map(\.relativePath)
    }

    /// Takes one chunk of file `fileIndex`, in order.
    func consume(_ chunk: FileChunk, fileIndex: Int) throws(StatpipeError) {
        switch chunk {
        case .opened(let source, let encoding, let delimiter, let extraLabels):
            sources[fileIndex] = source
            reports[fileIndex].encoding = encoding
            reports[fileIndex].delimiter = delimiter
            for label in extraLabels {
                warnings.append(RunWarning(code: ErrorCode.extraLabel.rawValue, file: dataset.files[fileIndex].relativePath,
                                           message: "column '\(label)' is not in the \(dataset.name) schema; ignored"))
            }
        case .rows(let rows, let records):
            for (index, row) in rows.enumerated() {
                switch row.outcome {
                case .failure(let problem):
                    try reject(fileIndex: fileIndex, line: row.line, problem, raw: records.raw(at: index))
                case .success(let typed):
                    try judge(typed, fileIndex: fileIndex, line: row.line, raw: { records.raw(at: index) })
                }
            }
        case .broken(let line, let problem):
            try reject(fileIndex: fileIndex, line: line, problem, raw: "")
        case .finished(let blankRows):
            reports[fileIndex].blankRows = blankRows
        case .failed(let error):
            throw error
        }
    }

    /// Judges the deferred rows once every file is in; returns the validator for children.
    func finish() throws(StatpipeError) -> DatasetValidator {
        if defers { try judgeDeferred() }
        return validator
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

    /// Rejects a row that failed before judgement (shape, fields, encoding, a broken file).
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
        try rejects.write(sourceFile: sources[fileIndex], rowNumber: line, problem: problem, raw: raw)
    }
}
