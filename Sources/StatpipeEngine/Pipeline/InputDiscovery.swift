import Foundation
import StatpipeCore
#if canImport(Glibc)
import Glibc
#endif

/// Finds the files of each dataset under the data root and the ingest options of each (SPEC §7).
public enum InputDiscovery {
    /// Lists the inputs of `configuration`.
    ///
    /// A file belongs to a dataset when it matches one of the dataset's globs (`fnmatch` with
    /// `FNM_PATHNAME`: `*` stays within one folder); its options are the defaults with every
    /// matching override applied in order, so later overrides win key by key.
    ///
    /// - Returns: The inputs in a deterministic order, and a `no-files` warning for each glob
    ///   that matched nothing.
    /// - Throws: ``StatpipeError`` — `io` when the data root is missing or unreadable; `usage`
    ///   for a glob leaving the data root, a file two datasets claim, or overrides that give a
    ///   file the same decimal and thousands mark. A dataset with no file at all is listed in
    ///   ``DiscoveredInputs/missingDatasets``: the run still writes its report, then exits 1.
    public static func discover(_ configuration: PipelineConfiguration) throws(StatpipeError) -> DiscoveredInputs {
        let file = configuration.pipelinePath
        // The loader already refused such globs; a configuration built in code gets the same guard.
        for glob in configuration.datasets.flatMap(\.files) + configuration.overrides.flatMap(\.files) {
            if let problem = PipelineGlob.problem(with: glob) {
                throw StatpipeError(.usage, "\(file): glob '\(glob)' \(problem)")
            }
        }
        let paths = try DataRootWalker.files(under: configuration.dataRoot)

        var inputs: [DiscoveredInput] = []
        var warnings: [RunWarning] = []
        var owners: [String: String] = [:]
        var missing: [String] = []
        for dataset in configuration.datasets {
            for glob in dataset.files where !paths.contains(where: { PipelineGlob.matches(glob, $0) }) {
                let message = "no file under the data root matches '\(glob)' (dataset '\(dataset.name)')"
                warnings.append(RunWarning(code: "no-files", file: glob, message: message))
            }
            let matched = paths.filter { path in dataset.files.contains { PipelineGlob.matches($0, path) } }
            if matched.isEmpty { missing.append(dataset.name) }
            for path in matched {
                if let owner = owners[path] {
                    throw StatpipeError(
                        .usage, "\(file): '\(path)' matches the files of both '\(owner)' and '\(dataset.name)'")
                }
                owners[path] = dataset.name
                inputs.append(try input(path, of: dataset, in: configuration))
            }
        }
        return DiscoveredInputs(inputs: inputs, warnings: warnings, missingDatasets: missing)
    }

    /// The input `path` of `dataset` with its merged ingest options.
    private static func input(
        _ path: String,
        of dataset: DatasetConfiguration,
        in configuration: PipelineConfiguration
    ) throws(StatpipeError) -> DiscoveredInput {
        let options = configuration.ingestOptions(for: path)
        // Each override may be valid alone and still clash with an earlier one on this file.
        if let group = options.numberFormat.groupMark, group == options.numberFormat.decimalMark {
            throw StatpipeError(
                .usage,
                "\(configuration.pipelinePath): overrides give '\(path)' the same decimal and thousands mark '\(group)'"
            )
        }
        return DiscoveredInput(
            dataset: dataset.name,
            relativePath: path,
            url: configuration.dataRoot.appendingPathComponent(path),
            options: options
        )
    }
}
