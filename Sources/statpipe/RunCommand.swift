import ArgumentParser
import Foundation
import Logging
import StatpipeEngine

/// `statpipe run PIPELINE.yml`: the main job — validate, aggregate and export one period.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the pipeline for a period: validate, aggregate, export OUT/PERIOD/ atomically."
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Option(help: "The quarter: 2025-Q1, 2025Q1, Q1/2025, Q1-2025 or latest (default).")
    var period: String?

    @Option(name: .customLong("as-of"), help: "The reporting date (default: the period's last day).")
    var asOf: String?

    @Option(help: "Data root, replacing the pipeline's data: value.")
    var data: String?

    @Option(help: "Output root, replacing the pipeline's output: value.")
    var out: String?

    @Option(help: "Worker concurrency (default: active processor count).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Language of the bulletin's labels: en or vi.")
    var lang: BulletinLanguage = .english

    @OptionGroup var log: LogOptions

    mutating func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let logger = log.makeLogger(label: "statpipe.run")
        let request = JobRequest(pipelinePath: pipeline, period: period, asOf: asOf, dataRoot: data, outputRoot: out, jobs: jobs, language: lang)
        let started = Date()
        logger.info("run started", metadata: ["pipeline": "\(pipeline)", "jobs": "\(jobs)"])
        let progress = ProgressPrinter(logger: logger)
        let result: RunJob.Result
        do {
            result = try RunJob.run(request, today: SystemClock.today(), startedAt: SystemClock.timestamp(), progress: progress.update)
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        logger.info("run finished", metadata: [
            "period": "\(result.period)", "seconds": "\(String(format: "%.2f", Date().timeIntervalSince(started)))",
            "output": "\(result.directory.path)",
        ])
        // A taken-over stale lock means an earlier run died: say so even when quiet.
        for warning in result.warnings where warning.code == "stale-lock" {
            logger.warning("\(warning.message)")
        }
        // Quiet on success (cron mails any output); warnings are in the manifest.
        if log.verbose {
            FileHandle.standardError.write(Data(ValidationSummaryText.render(result.outcome).utf8))
            for warning in result.warnings where !result.outcome.warnings.contains(warning) {
                ExitStatus.printWarning("warning: \(warning.file): \(warning.message)")
            }
            print(RunDigest.render(result), terminator: "")
        }
    }
}

extension BulletinLanguage: ExpressibleByArgument {}
