import StatpipeCore

/// One input file, ready to read.
public struct PlannedFile: Sendable {
    /// The path relative to the data root, as reports name it.
    public let relativePath: String
    /// The path on disk.
    public let absolutePath: String
    /// How to read it (separator, encoding, number format, sheet).
    public let options: IngestOptions
    /// Its size when discovered, for progress and throughput.
    public let byteCount: Int

    public init(relativePath: String, absolutePath: String, options: IngestOptions, byteCount: Int = 0) {
        self.relativePath = relativePath
        self.absolutePath = absolutePath
        self.options = options
        self.byteCount = byteCount
    }
}

/// One dataset to validate: its schema, threshold and files in sorted order.
public struct PlannedDataset: Sendable {
    public let name: String
    public let schema: TableSchema
    /// The schema file, as error messages name it.
    public let schemaPath: String
    /// Above this rejected/read ratio the run fails (exit 1).
    public let maxRejectRatio: Double
    public let files: [PlannedFile]

    public init(name: String, schema: TableSchema, schemaPath: String, maxRejectRatio: Double, files: [PlannedFile]) {
        self.name = name
        self.schema = schema
        self.schemaPath = schemaPath
        self.maxRejectRatio = maxRejectRatio
        self.files = files
    }
}

/// Everything validation needs, datasets ordered so that parents come before children.
public struct ValidationPlan: Sendable {
    public let datasets: [PlannedDataset]

    /// Orders `datasets` so that every foreign key's resource is validated first (stable
    /// otherwise).
    /// - Throws: ``StatpipeError`` (`usage`) for a key to an unknown dataset or a cycle.
    public init(datasets: [PlannedDataset]) throws(StatpipeError) {
        let names = Set(datasets.map(\.name))
        for dataset in datasets {
            for (index, key) in dataset.schema.foreignKeys.enumerated() where !names.contains(key.resource) {
                throw StatpipeError(.usage, "\(dataset.schemaPath): foreignKeys[\(index)].reference.resource: no dataset '\(key.resource)' in the pipeline")
            }
        }
        var ordered: [PlannedDataset] = []
        var remaining = datasets
        while !remaining.isEmpty {
            let done = Set(ordered.map(\.name))
            guard let next = remaining.firstIndex(where: { dataset in
                dataset.schema.foreignKeys.allSatisfy { $0.resource == dataset.name || done.contains($0.resource) }
            }) else {
                throw StatpipeError(.usage, "\(remaining[0].schemaPath): foreign keys form a cycle between datasets")
            }
            ordered.append(remaining.remove(at: next))
        }
        self.datasets = ordered
    }
}
