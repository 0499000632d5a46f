import ArgumentParser
import Foundation
import Logging
import StatpipeEngine

/// `statpipe validate PIPELINE.yml`: ingest and validate every dataset, write the report
/// and rejects, exit 1 when a dataset's reject ratio is above its threshold.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate a pipeline's inputs; write OUT/PERIOD/validation/ (report.json, rejects)."
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Option(help: "The quarter: 2025-Q1, 2025Q1, Q1/2025, Q1-2025 or latest (default).")
    var period: String?

    @Option(help: "Data root, replacing the pipeline's data: value.")
    var data: String?

    @Option(help: "Output root, replacing the pipeline's output: value.")
    var out: String?

    @Option(help: "Worker concurrency (default: active processor count).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    mutating func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    @OptionGroup var log: LogOptions

    func run() throws {
        let logger = log.makeLogger(label: "statpipe.validate")
        let request = JobRequest(pipelinePath: pipeline, period: period, dataRoot: data, outputRoot: out, jobs: jobs)
        let progress = ProgressPrinter(logger: logger)
        let result: ValidateJob.Result
        do {
            result = try ValidateJob.run(request, today: SystemClock.today(), startedAt: SystemClock.timestamp(), progress: progress.update)
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        FileHandle.standardError.write(Data(ValidationSummaryText.render(result.outcome).utf8))
        if let failed = result.outcome.failedDatasets.first {
            throw StatpipeError(.invalidData, "\(failed.name): too many rejected rows; see \(result.directory.path)/report.json")
        }
    }
}
