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

    @OptionGroup var options: PipelineOptions

    @OptionGroup var log: LogOptions

    func run() throws {
        let logger = log.makeLogger(label: "statpipe.validate")
        let request = options.request()
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
