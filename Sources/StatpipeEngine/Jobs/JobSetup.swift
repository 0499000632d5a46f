import Foundation
import StatpipeCore

/// What `run` and `validate` both prepare before writing anything: the pipeline, the
/// period, the inputs and their plan, and the output lock.
struct JobSetup {
    let configuration: PipelineConfiguration
    let period: Quarter
    let inputs: DiscoveredInputs
    let plan: ValidationPlan
    /// Held for the life of the job; released when the setup is dropped (or the process dies).
    let lock: RunLock

    /// Loads, resolves, discovers, plans and locks, in that order.
    /// - Throws: ``StatpipeError``: `usage` for the pipeline, a schema or the period,
    ///   `locked` when another run holds OUT, `io` for unreadable files.
    init(_ request: JobRequest, today: CivilDate, startedAt: String) throws(StatpipeError) {
        configuration = try PipelineLoader.load(
            path: request.pipelinePath, dataRoot: request.dataRoot, outputRoot: request.outputRoot
        )
        period = try request.resolvedPeriod(today: today)
        inputs = try InputDiscovery.discover(configuration)
        plan = try ValidationPlan(configuration: configuration, inputs: inputs)
        lock = try RunLock(outputRoot: configuration.outputRoot, startedAt: startedAt)
    }

    /// A fresh staging directory for `target` (under `OUT/`), after restoring what a killed
    /// run may have left aside.
    func stage(_ target: URL) throws(StatpipeError) -> StagedDirectory {
        StagedDirectory.recover(target)
        return try StagedDirectory(target: target)
    }
}
