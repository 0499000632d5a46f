import Foundation
import StatpipeCore

extension ValidationPlan {
    /// The plan for a loaded pipeline and its discovered inputs: schemas read and parsed,
    /// thresholds resolved, files in sorted order.
    /// - Throws: ``StatpipeError`` `usage` naming the schema file and key at fault, `io`
    ///   for an unreadable schema file.
    public init(configuration: PipelineConfiguration, inputs: DiscoveredInputs) throws(StatpipeError) {
        var datasets: [PlannedDataset] = []
        for dataset in configuration.datasets {
            let schemaPath = Self.displayPath(dataset.schema)
            let data: Data
            do {
                data = try Data(contentsOf: dataset.schema)
            } catch {
                throw StatpipeError(.io, "\(schemaPath): cannot read the schema: \(StagedDirectory.reason(error))")
            }
            let schema: TableSchema
            do {
                schema = try TableSchema(json: data)
            } catch {
                throw StatpipeError(.usage, "\(schemaPath): \(error) (datasets.\(dataset.name).schema)")
            }
            let files = inputs.inputs(of: dataset.name).map {
                let size = (try? FileManager.default.attributesOfItem(atPath: $0.url.path))?[.size] as? Int
                return PlannedFile(relativePath: $0.relativePath, absolutePath: $0.url.path, options: $0.options, byteCount: size ?? 0)
            }
            datasets.append(PlannedDataset(
                name: dataset.name, schema: schema, schemaPath: schemaPath,
                maxRejectRatio: configuration.maxRejectRatio(of: dataset), files: files
            ))
        }
        try self.init(datasets: datasets)
    }

    /// A path relative to the working directory when it lies below it, for messages.
    static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }
}
