import Foundation
import StatpipeCore

/// Runs validation over a plan: every dataset in order, parents before children, writing
/// `rejects/DATASET.csv` into `rejectsDirectory` and handing accepted rows to the sink.
public struct ValidationRunner {
    private let plan: ValidationPlan
    private let rejectsDirectory: String
    private let byteOrderMark: Bool
    private let jobs: Int

    /// How many chunks a file worker may get ahead of the consumer.
    static let chunksAhead = 4

    /// - Parameters:
    ///   - rejectsDirectory: An existing directory for the rejects files.
    ///   - byteOrderMark: Whether CSV outputs start with a UTF-8 BOM (SPEC §6 `csv_bom`).
    ///   - jobs: How many files are read and checked at once.
    public init(plan: ValidationPlan, rejectsDirectory: String, byteOrderMark: Bool, jobs: Int = 1) {
        self.plan = plan
        self.rejectsDirectory = rejectsDirectory
        self.byteOrderMark = byteOrderMark
        self.jobs = max(1, jobs)
    }

    /// Validates everything; rows flow to `sink` as they are accepted.
    /// - Throws: ``StatpipeError``: `io` for unreadable inputs or unwritable rejects, `usage`
    ///   for a schema that lacks what its dataset's rules need.
    public func run(
        sink: (any AcceptedRowSink)? = nil,
        progress: ((ValidationProgress) -> Void)? = nil
    ) throws(StatpipeError) -> ValidationOutcome {
        var state = ValidationProgress(
            filesDone: 0, files: plan.datasets.map(\.files.count).reduce(0, +), rows: 0, bytesDone: 0,
            bytes: plan.datasets.flatMap(\.files).map(\.byteCount).reduce(0, +)
        )
        // Stage 1 (concurrent): every file of every dataset is read and row-checked by a
        // worker, in plan order, at most `jobs` at once. Stage 2 (this thread): the rows are
        // judged and written in that same order, so the result never depends on timing.
        let work = plan.datasets.flatMap { dataset in
            dataset.files.map { FileWorker(file: $0, schema: dataset.schema, jobs: jobs) }
        }
        let stage = OrderedFileStage<FileChunk>(count: work.count, jobs: jobs, capacity: Self.chunksAhead) { index, channel in
            work[index].run(into: channel)
        }
        defer { stage.finish() }
        var nextFile = 0

        var validators: [String: DatasetValidator] = [:]
        var products = ProductFactsCollector()
        var files: [FileReport] = []
        var datasets: [DatasetReport] = []
        var warnings: [RunWarning] = []
        for dataset in plan.datasets {
            let rules = try Self.rules(for: dataset, products: products.facts)
            var parentKeys: [ForeignKey: KeyIndex] = [:]
            for key in dataset.schema.foreignKeys {
                parentKeys[key] = validators[key.resource]?.acceptedKeys(key.referenceFields) ?? []
            }
            let referenced = plan.datasets.flatMap { other in
                other.schema.foreignKeys.filter { $0.resource == dataset.name }.map(\.referenceFields)
            }
            let validator = DatasetValidator(
                name: dataset.name, schema: dataset.schema, rules: rules, parentKeys: parentKeys,
                referencedFieldLists: referenced
            )
            let rejects = try RejectWriter(
                path: (rejectsDirectory as NSString).appendingPathComponent("\(dataset.name).csv"),
                byteOrderMark: byteOrderMark
            )
            let observer = dataset.name == OcopDatasets.products ? products.observe(dataset.schema, then: sink) : sink
            let pass = DatasetPass(
                dataset: dataset, validator: validator, defers: rules?.defersJudgement ?? false, rejects: rejects,
                sink: observer
            )
            for fileIndex in dataset.files.indices {
                try stage.consume(nextFile) { (chunk: FileChunk) throws(StatpipeError) in
                    try pass.consume(chunk, fileIndex: fileIndex)
                    if case .rows(let rows, _) = chunk {
                        state.rows += rows.count
                        progress?(state)
                    }
                }
                nextFile += 1
                state.filesDone += 1
                state.bytesDone += dataset.files[fileIndex].byteCount
                progress?(state)
            }
            validators[dataset.name] = try pass.finish()
            try rejects.close()
            if let collected = observer as? ProductFactsCollector.Observer { products.facts = collected.facts }
            files += pass.reports
            warnings += pass.warnings
            datasets.append(Self.totals(dataset, pass.reports))
        }
        return ValidationOutcome(files: files, datasets: datasets, warnings: warnings)
    }

    /// The dataset's own rules (SPEC §4: they belong to the datasets named `ocop_products`
    /// and `ocop_reevaluations`, whatever their schema files say).
    private static func rules(
        for dataset: PlannedDataset,
        products: [String: ProductFacts]
    ) throws(StatpipeError) -> (any DatasetRules)? {
        do {
            switch dataset.name {
            case OcopDatasets.products: return try OcopProductRules(schema: dataset.schema)
            case OcopDatasets.reevaluations: return try OcopReevaluationRules(schema: dataset.schema, products: products)
            default: return nil
            }
        } catch {
            throw StatpipeError(.usage, "\(dataset.schemaPath): \(error)")
        }
    }

    private static func totals(_ dataset: PlannedDataset, _ reports: [FileReport]) -> DatasetReport {
        DatasetReport(
            name: dataset.name, files: reports.count, rowsRead: reports.map(\.rowsRead).reduce(0, +),
            rowsAccepted: reports.map(\.rowsAccepted).reduce(0, +), rowsRejected: reports.map(\.rowsRejected).reduce(0, +),
            blankRows: reports.map(\.blankRows).reduce(0, +), maxRejectRatio: dataset.maxRejectRatio
        )
    }
}

/// The dataset names whose rules SPEC fixes.
public enum OcopDatasets {
    public static let products = "ocop_products"
    public static let reevaluations = "ocop_reevaluations"
}
