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

    @OptionGroup var options: PipelineOptions

    @Option(name: .customLong("as-of"), help: "The reporting date (default: the period's last day).")
    var asOf: String?

    @Option(help: "Language of the bulletin's labels: en or vi.")
    var lang: BulletinLanguage = .english

    @OptionGroup var log: LogOptions


    func run() throws {
        let logger = log.makeLogger(label: "statpipe.run")
        let request = options.request(asOf: asOf, language: lang)
        let started = Date()
        logger.info("run started", metadata: ["pipeline": "\(options.pipeline)", "jobs": "\(options.jobs)"])
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
