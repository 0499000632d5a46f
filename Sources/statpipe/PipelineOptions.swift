import ArgumentParser
import Foundation
import StatpipeEngine

/// The options `run` and `validate` share: the pipeline, the period, the roots, the workers.
struct PipelineOptions: ParsableArguments {
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

    /// The request for a job, with what only `run` has.
    func request(asOf: String? = nil, language: BulletinLanguage = .english) -> JobRequest {
        JobRequest(pipelinePath: pipeline, period: period, asOf: asOf, dataRoot: data, outputRoot: out, jobs: jobs, language: language)
    }
}
