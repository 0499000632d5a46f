import Foundation

/// One dataset of a pipeline file: its schema and the files that feed it (SPEC §7 `datasets`).
public struct DatasetConfiguration: Sendable, Equatable {
    /// The dataset's name, the key under `datasets:` (e.g. `ocop_products`).
    public var name: String
    /// The Table Schema file, resolved relative to the pipeline file.
    public var schema: URL
    /// Globs relative to the data root, in the order written; a file matching any of them belongs here.
    public var files: [String]
    /// The dataset's own `max_reject_ratio`, or nil to use the pipeline's.
    public var maxRejectRatio: Double?

    public init(name: String, schema: URL, files: [String], maxRejectRatio: Double? = nil) {
        self.name = name
        self.schema = schema
        self.files = files
        self.maxRejectRatio = maxRejectRatio
    }
}
