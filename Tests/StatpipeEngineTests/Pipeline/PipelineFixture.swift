import Foundation
import StatpipeEngine
import StatpipeTestSupport

/// A pipeline file with its schemas in a temporary directory: `pipelines/pipe.yml`, `pipelines/schemas/*.json`.
///
/// The schemas are placeholders: the loader only checks that they exist.
struct PipelineFixture {
    /// A valid pipeline that sets every key; tests break it one line at a time.
    static let valid = """
        name: test-pipeline
        province: { code: "17", name: "Hòa Bình" }
        data: ../data
        output: ../results
        csv_bom: false
        validation:
          max_reject_ratio: 0.05
        datasets:
          districts:
            schema: schemas/districts.json
            files: reference/districts.csv
          economic_accounts:
            schema: schemas/economic_accounts.json
            files: ["districts/*/economic_accounts*.csv", "districts/*/economic_accounts*.xlsx"]
            max_reject_ratio: 0.01
          ocop_products:
            schema: schemas/ocop_products.json
            files: ["districts/*/ocop_products*.csv"]
          ocop_reevaluations:
            schema: schemas/ocop_reevaluations.json
            files:
              - districts/*/ocop_reevaluations*.csv
        overrides:
          - files: "districts/159-*/*"
            decimal: ","
            thousands: "."
            encoding: windows-1258
          - files: ["districts/159-*/ocop_*.csv"]
            delimiter: ";"
            thousands: ""
            sheet: Data

        """

    let directory: TemporaryDirectory
    /// The pipeline file's absolute path.
    let path: String

    /// Writes `yaml` as the pipeline file beside the four schemas.
    init(_ yaml: String = PipelineFixture.valid) throws {
        directory = try TemporaryDirectory()
        for name in PipelineLoader.requiredDatasets {
            try directory.write("pipelines/schemas/\(name).json", text: #"{"fields": []}"#)
        }
        path = try directory.write("pipelines/pipe.yml", text: yaml)
    }

    /// Writes the valid pipeline with `original` replaced by `replacement` (which must occur).
    init(replacing original: String, with replacement: String) throws {
        precondition(Self.valid.contains(original), "the fixture has no '\(original)'")
        try self.init(Self.valid.replacingOccurrences(of: original, with: replacement))
    }

    /// Writes an empty file at `name` (relative to the directory), creating its folders.
    func touch(_ name: String) throws {
        try directory.write(name, text: "x\n")
    }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String { directory.path(name) }

    /// Loads the pipeline file.
    func load(dataRoot: String? = nil, outputRoot: String? = nil) throws(StatpipeError) -> PipelineConfiguration {
        try PipelineLoader.load(path: path, dataRoot: dataRoot, outputRoot: outputRoot)
    }

    /// The error `body` throws, or nil when it succeeds.
    static func failure<T>(_ body: () throws(StatpipeError) -> T) -> StatpipeError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }
}
