import Foundation

extension PipelineLoader {
    /// The keys a dataset entry may set.
    static let datasetKeys = ["schema", "files", "max_reject_ratio"]

    /// Reads `datasets:`: each entry's schema (which must exist), globs and ratio, in the order written.
    static func loadDatasets(_ node: PipelineNode, folder: URL) throws(StatpipeError) -> [DatasetConfiguration] {
        let entries = try node.entries()
        if entries.isEmpty { throw node.error("'\(node.keyPath)' is empty") }
        var datasets: [DatasetConfiguration] = []
        for (name, entry) in entries {
            // The name becomes a file name (`validation/rejects/NAME.csv`), so it must be a plain word.
            guard !name.isEmpty, name.unicodeScalars.allSatisfy(nameCharacters.contains) else {
                throw entry.error("'\(entry.keyPath)' is not a dataset name: use letters, digits, '_' and '-'")
            }
            let keys = try entry.mapping(known: datasetKeys)
            datasets.append(
                DatasetConfiguration(
                    name: name,
                    schema: try schema(keys.required("schema"), folder: folder),
                    files: try globs(keys.required("files")),
                    maxRejectRatio: try keys.optional("max_reject_ratio")?.ratio()
                )
            )
        }
        for required in requiredDatasets where !datasets.contains(where: { $0.name == required }) {
            throw node.error("missing key '\(node.keyPath).\(required)': the summaries read this dataset")
        }
        return datasets
    }

    /// A `files:` value: one glob or a list of them, each staying inside the data root.
    static func globs(_ node: PipelineNode) throws(StatpipeError) -> [String] {
        var globs: [String] = []
        for item in try node.strings() {
            let glob = try item.string()
            if let problem = PipelineGlob.problem(with: glob) {
                throw item.error("'\(item.keyPath)': glob '\(glob)' \(problem)")
            }
            globs.append(glob)
        }
        return globs
    }

    /// A `schema:` value, resolved against the pipeline file's folder; the file must exist.
    private static func schema(_ node: PipelineNode, folder: URL) throws(StatpipeError) -> URL {
        let written = try node.string()
        let url = resolve(written, against: folder)
        // Messages name the schema the way the user reaches it: beside the pipeline file as they named it.
        let shown = written.hasPrefix("/") ? written : displayFolder(of: node.file) + written
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw node.error("'\(node.keyPath)': no such file '\(shown)'")
        }
        if isDirectory.boolValue { throw node.error("'\(node.keyPath)': '\(shown)' is a directory, not a schema") }
        return url
    }

    /// The folder part of `file` with its trailing `/`, or nothing for a file in the current directory.
    private static func displayFolder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        return String(file[...slash])
    }

    /// The characters of a dataset name: ASCII letters, digits, `_` and `-`.
    private static let nameCharacters = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-".unicodeScalars
    )
}
