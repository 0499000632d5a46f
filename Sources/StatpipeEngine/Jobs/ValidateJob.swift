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
        let setup = try JobSetup(request, today: today, startedAt: startedAt)
        // The lock must outlive publishing: ARC may otherwise release it after its last use.
        defer { withExtendedLifetime(setup.lock) {} }
        let target = setup.configuration.outputRoot.appendingPathComponent(setup.period.description)
            .appendingPathComponent("validation")
        let staged = try setup.stage(target)
        let outcome = try validate(
            setup.plan, in: staged, prefix: "", byteOrderMark: setup.configuration.csvBOM, discovery: setup.inputs,
            jobs: request.jobs, progress: progress
        )
        try staged.publish()
        try requireInputs(setup.inputs, setup.configuration)
        return Result(period: setup.period, outcome: outcome, directory: target)
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
