import Foundation
import StatpipeCore

/// `statpipe validate`: ingest and validate every dataset of a pipeline, and publish
/// `OUT/P/validation/` (report.json and rejects) atomically.
public enum ValidateJob {
    /// The result of a validation run.
    public struct Result: Sendable {
        public let period: Quarter
        public let outcome: ValidationOutcome
        /// Where `validation/` was published.
        public let directory: URL
    }

    /// Runs validation for `request`.
    /// - Throws: ``StatpipeError``: `usage` for pipeline, schema or period errors, `locked`
    ///   when another run holds OUT, `io` for unreadable inputs or unwritable outputs,
    ///   `invalidData` when a required input is missing.
    public static func run(
        _ request: JobRequest,
        today: CivilDate,
        startedAt: String,
        progress: ((ValidationProgress) -> Void)? = nil
    ) throws(StatpipeError) -> Result {
        let configuration = try PipelineLoader.load(
            path: request.pipelinePath, dataRoot: request.dataRoot, outputRoot: request.outputRoot
        )
        let period = try request.resolvedPeriod(today: today)
        let inputs = try InputDiscovery.discover(configuration)
        let plan = try ValidationPlan(configuration: configuration, inputs: inputs)
        let lock = try RunLock(outputRoot: configuration.outputRoot, startedAt: startedAt)
        let target = configuration.outputRoot.appendingPathComponent(period.description).appendingPathComponent("validation")
        StagedDirectory.recover(target)
        let staged = try StagedDirectory(target: target)
        let outcome = try validate(
            plan, in: staged, prefix: "", byteOrderMark: configuration.csvBOM, discovery: inputs, jobs: request.jobs,
            progress: progress
        )
        try staged.publish()
        withExtendedLifetime(lock) {}
        try requireInputs(inputs, configuration)
        return Result(period: period, outcome: outcome, directory: target)
    }

    /// Fails (exit 1, "required input missing") when a dataset had no file at all.
    static func requireInputs(_ inputs: DiscoveredInputs, _ configuration: PipelineConfiguration) throws(StatpipeError) {
        guard let name = inputs.missingDatasets.first, let dataset = configuration.dataset(named: name) else { return }
        let globs = dataset.files.joined(separator: ", ")
        throw StatpipeError(
            .invalidData, "\(configuration.dataRoot.path): required input missing: no file for dataset '\(name)' (\(globs))"
        )
    }

    /// Validates `plan` into `staged` (`PREFIX/rejects/`, `PREFIX/report.json`).
    static func validate(
        _ plan: ValidationPlan,
        in staged: StagedDirectory,
        prefix: String,
        byteOrderMark: Bool,
        discovery: DiscoveredInputs,
        jobs: Int,
        sink: (any AcceptedRowSink)? = nil,
        progress: ((ValidationProgress) -> Void)? = nil
    ) throws(StatpipeError) -> ValidationOutcome {
        let rejectsDirectory = (try staged.path(prefix + "rejects/x") as NSString).deletingLastPathComponent
        let validated = try ValidationRunner(
            plan: plan, rejectsDirectory: rejectsDirectory, byteOrderMark: byteOrderMark, jobs: jobs
        ).run(sink: sink, progress: progress)
        let outcome = ValidationOutcome(
            files: validated.files, datasets: validated.datasets, warnings: discovery.warnings + validated.warnings
        )
        try OutputFile.write(Array((outcome.reportJSON.serialized(pretty: true) + "\n").utf8), to: try staged.path(prefix + "report.json"))
        return outcome
    }
}
