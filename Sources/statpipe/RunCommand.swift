import ArgumentParser
import Foundation
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

    @Flag(help: "Print the validation summary and the bulletin digest.")
    var verbose = false

    mutating func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let request = JobRequest(pipelinePath: pipeline, period: period, asOf: asOf, dataRoot: data, outputRoot: out, jobs: jobs, language: lang)
        let result = try RunJob.run(request, today: SystemClock.today(), startedAt: SystemClock.timestamp())
        // Quiet on success (cron mails any output); warnings are in the manifest.
        if verbose {
            FileHandle.standardError.write(Data(ValidationSummaryText.render(result.outcome).utf8))
            for warning in result.warnings where !result.outcome.warnings.contains(warning) {
                ExitStatus.printWarning("warning: \(warning.file): \(warning.message)")
            }
            print(RunDigest.render(result), terminator: "")
        }
    }
}

extension BulletinLanguage: ExpressibleByArgument {}
