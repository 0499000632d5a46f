import Foundation

/// One input file found under the data root, with the dataset it feeds and how to read it.
public struct DiscoveredInput: Sendable, Equatable {
    /// The dataset whose globs match the file.
    public var dataset: String
    /// The path relative to the data root, as manifests and reports name it (`districts/148-hoa-binh/x.csv`).
    public var relativePath: String
    /// The file on disk.
    public var url: URL
    /// The ingest options after every matching override.
    public var options: IngestOptions

    public init(dataset: String, relativePath: String, url: URL, options: IngestOptions) {
        self.dataset = dataset
        self.relativePath = relativePath
        self.url = url
        self.options = options
    }
}
