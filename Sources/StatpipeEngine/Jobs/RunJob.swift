import Foundation
import StatpipeCore

/// `statpipe run`: validate, aggregate and export one period into `OUT/P/`, published
/// whole or not at all.
public enum RunJob {
    /// What a finished run produced.
    public struct Result: Sendable {
        public let period: Quarter
        public let asOf: CivilDate
        public let outcome: ValidationOutcome
        /// The summary tables (empty when validation failed).
        public let tables: [SummaryTable]
        public let warnings: [RunWarning]
        /// `OUT/P`.
        public let directory: URL
    }

    /// The exporters of SPEC §6 beyond the summary CSVs and JSON.
    static let exporters: [any Exporter] = [XLSXExporter(), SDMXExporter(), BulletinExporter()]

    /// Runs the pipeline for `request`.
    ///
    /// When validation fails (a threshold, a missing input) the directory is still published
    /// with `validation/` and the manifest, without summaries, and the error is thrown after.
    /// Errors found before anything is worth publishing (usage, no data for the period, an
    /// empty reference list) leave the previous `OUT/P` untouched.
    /// - Throws: ``StatpipeError`` with the kind SPEC §1 maps to the exit code.
    public static func run(
        _ request: JobRequest,
        today: CivilDate,
        startedAt: String,
        progress: ((ValidationProgress) -> Void)? = nil
    ) throws(StatpipeError) -> Result {
        let setup = try JobSetup(request, today: today, startedAt: startedAt)
        // The lock must outlive publishing: ARC may otherwise release it after its last use.
        defer { withExtendedLifetime(setup.lock) {} }
        let (configuration, period, inputs, plan, lock) = (setup.configuration, setup.period, setup.inputs, setup.plan, setup.lock)
        let asOf = try request.resolvedAsOf(period: period, today: today)
        let target = configuration.outputRoot.appendingPathComponent(period.description)
        let staged = try setup.stage(target)

        let collector = SummaryCollector()
        let outcome = try ValidateJob.validate(
            plan, in: staged, prefix: "validation/", byteOrderMark: configuration.csvBOM, discovery: inputs,
            jobs: request.jobs, sink: collector, progress: progress
        )
        var warnings = outcome.warnings
        if let stale = lock.staleHolder {
            warnings.append(RunWarning(code: "stale-lock", file: RunLock.fileName,
                                       message: "took over the lock of a run that is gone (\(stale))"))
        }
        var failure: StatpipeError?
        do {
            try ValidateJob.requireInputs(inputs, configuration)
        } catch {
            failure = error
        }
        if failure == nil, let failed = outcome.failedDatasets.first {
            failure = StatpipeError(.invalidData, "\(failed.name): too many rejected rows; see \(target.path)/validation/report.json")
        }
        var tables: [SummaryTable] = []
        if failure == nil {
            let built = try SummaryBuilder(period: period, asOf: asOf, province: configuration.province, plan: plan)
                .build(collector, files: outcome.files)
            tables = built.tables
            warnings += built.warnings
            try SummaryWriter.write(
                tables, period: period, asOf: asOf, province: configuration.province, into: staged,
                byteOrderMark: configuration.csvBOM
            )
            let context = ExportContext(
                tables: tables, period: period, asOf: asOf, province: configuration.province, outcome: outcome,
                language: request.language, byteOrderMark: configuration.csvBOM
            )
            try ExportStage(exporters: exporters).run(context, into: staged)
        }
        let reports = Dictionary(outcome.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let manifest = Manifest(
            pipelineName: configuration.name, period: period, asOf: asOf, startedAt: startedAt,
            inputs: plan.datasets.flatMap { dataset in dataset.files.map { ($0, dataset.name, reports[$0.relativePath]) } },
            warnings: warnings
        )
        let document = try manifest.json(outputs: staged, finishedAt: SystemClock.timestamp())
        try OutputFile.write(Array((document.serialized(pretty: true) + "\n").utf8), to: try staged.path(Manifest.fileName))
        try staged.publish()
        if let failure { throw failure }
        return Result(period: period, asOf: asOf, outcome: outcome, tables: tables, warnings: warnings, directory: target)
    }
}
