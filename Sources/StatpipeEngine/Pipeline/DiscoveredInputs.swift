/// Every input of a pipeline run, in a fixed order, and the warnings finding them raised.
public struct DiscoveredInputs: Sendable, Equatable {
    /// The inputs: datasets in the pipeline file's order, each one's files in byte order of their paths.
    public var inputs: [DiscoveredInput]
    /// `no-files` warnings, one per glob that matched nothing, in the pipeline file's order.
    public var warnings: [RunWarning]
    /// Datasets with no file at all: a required input is missing (exit 1, after the report).
    public var missingDatasets: [String]

    public init(inputs: [DiscoveredInput], warnings: [RunWarning], missingDatasets: [String] = []) {
        self.inputs = inputs
        self.warnings = warnings
        self.missingDatasets = missingDatasets
    }

    /// The inputs of `dataset`, in byte order of their paths.
    public func inputs(of dataset: String) -> [DiscoveredInput] {
        inputs.filter { $0.dataset == dataset }
    }
}
