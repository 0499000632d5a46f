import Foundation
import StatpipeCore

/// A loaded pipeline file (SPEC §7): what to read, how to check it and where to write.
///
/// Paths are absolute: the loader resolves the file's relative paths against the pipeline
/// file's folder, and `--data` / `--out` against the current directory.
public struct PipelineConfiguration: Sendable, Equatable {
    /// `name:`, e.g. `hoa-binh-quarterly`.
    public var name: String
    /// `province:`, the province the pipeline reports on.
    public var province: Province
    /// The pipeline file itself.
    public var pipelineFile: URL
    /// The pipeline file as the user named it, for messages.
    public var pipelinePath: String
    /// The root that input globs are relative to (`data:` or `--data`).
    public var dataRoot: URL
    /// The root that results go under, `OUT/PERIOD/` (`output:` or `--out`).
    public var outputRoot: URL
    /// `csv_bom:`, whether CSV outputs begin with a UTF-8 BOM.
    public var csvBOM: Bool
    /// `validation.max_reject_ratio:`, the share of rows a dataset may reject unless it sets its own.
    public var maxRejectRatio: Double
    /// `datasets:`, in the order the file writes them.
    public var datasets: [DatasetConfiguration]
    /// `overrides:`, in the order the file writes them (later entries win).
    public var overrides: [InputOverride]

    public init(
        name: String,
        province: Province,
        pipelineFile: URL,
        pipelinePath: String? = nil,
        dataRoot: URL,
        outputRoot: URL,
        csvBOM: Bool = true,
        maxRejectRatio: Double = 0,
        datasets: [DatasetConfiguration],
        overrides: [InputOverride] = []
    ) {
        self.name = name
        self.province = province
        self.pipelineFile = pipelineFile
        self.pipelinePath = pipelinePath ?? pipelineFile.path
        self.dataRoot = dataRoot
        self.outputRoot = outputRoot
        self.csvBOM = csvBOM
        self.maxRejectRatio = maxRejectRatio
        self.datasets = datasets
        self.overrides = overrides
    }

    /// The dataset called `name`, if the pipeline has one.
    public func dataset(named name: String) -> DatasetConfiguration? {
        datasets.first { $0.name == name }
    }

    /// The reject ratio `dataset` may reach: its own, else the pipeline's.
    public func maxRejectRatio(of dataset: DatasetConfiguration) -> Double {
        dataset.maxRejectRatio ?? maxRejectRatio
    }

    /// The ingest options of `relativePath`: the defaults with every matching override applied in order.
    public func ingestOptions(for relativePath: String) -> IngestOptions {
        var options = IngestOptions()
        for override in overrides where override.applies(to: relativePath) {
            override.apply(to: &options)
        }
        return options
    }
}
