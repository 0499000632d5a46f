import Foundation
import StatpipeCore
import Yams

/// Reads a pipeline file (SPEC §7) into a ``PipelineConfiguration``, strictly: any doubt is an error.
///
/// Every key is checked, unknown ones included, before anything runs, so a typo such as
/// `fils:` stops the run with exit 2 instead of silently reading no file.
public enum PipelineLoader {
    /// The datasets the summaries of SPEC §5 read; a pipeline must define each of them.
    public static let requiredDatasets = ["districts", "economic_accounts", "ocop_products", "ocop_reevaluations"]

    /// The keys the top of a pipeline file may set.
    static let topLevelKeys = ["name", "province", "data", "output", "csv_bom", "validation", "datasets", "overrides"]

    /// Loads the pipeline file at `path`.
    ///
    /// - Parameters:
    ///   - path: The pipeline file; messages name it as given here.
    ///   - dataRoot: `--data`, which replaces the file's `data:` (relative to the current directory).
    ///   - outputRoot: `--out`, which replaces the file's `output:` (relative to the current directory).
    /// - Returns: The configuration with absolute paths. `data:` defaults to the pipeline file's
    ///   folder and `output:` to `out` beside the pipeline file.
    /// - Throws: ``StatpipeError`` — `io` when the file cannot be read, `usage` for bad YAML or
    ///   any invalid key or value, naming the file, the line and column, and the key.
    public static func load(
        path: String,
        dataRoot: String? = nil,
        outputRoot: String? = nil
    ) throws(StatpipeError) -> PipelineConfiguration {
        let root = try parse(PipelineFileReader.text(of: path), file: path)
        let pipelineFile = URL(fileURLWithPath: path).standardizedFileURL
        let folder = pipelineFile.deletingLastPathComponent()
        let top = try root.mapping(known: topLevelKeys)

        let name = try top.required("name").string()
        let provinceKeys = try top.required("province").mapping(known: ["code", "name"])
        let province = Province(
            code: try provinceKeys.required("code").string(),
            name: try provinceKeys.required("name").string()
        )
        let fileDataRoot = try top.optional("data").map { node throws(StatpipeError) in
            resolve(try node.string(), against: folder)
        }
        let fileOutputRoot = try top.optional("output").map { node throws(StatpipeError) in
            resolve(try node.string(), against: folder)
        }
        let csvBOM = try top.optional("csv_bom")?.bool() ?? true
        var maxRejectRatio = 0.0
        if let validation = try top.optional("validation")?.mapping(known: ["max_reject_ratio"]) {
            maxRejectRatio = try validation.optional("max_reject_ratio")?.ratio() ?? 0
        }
        let datasets = try loadDatasets(top.required("datasets"), folder: folder)
        var overrides: [InputOverride] = []
        for node in try top.optional("overrides")?.elements() ?? [] {
            overrides.append(try loadOverride(node))
        }

        return PipelineConfiguration(
            name: name,
            province: province,
            pipelineFile: pipelineFile,
            pipelinePath: path,
            dataRoot: try commandLineRoot(dataRoot, option: "--data") ?? fileDataRoot ?? folder,
            outputRoot: try commandLineRoot(outputRoot, option: "--out") ?? fileOutputRoot
                ?? folder.appendingPathComponent("out"),
            csvBOM: csvBOM,
            maxRejectRatio: maxRejectRatio,
            datasets: datasets,
            overrides: overrides
        )
    }

    /// Parses `text` into its root node, mapping Yams errors to one-line `usage` errors.
    static func parse(_ text: String, file: String) throws(StatpipeError) -> PipelineNode {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw StatpipeError(.usage, message(for: error, file: file))
        } catch {
            throw StatpipeError(.usage, "\(file): invalid YAML: \(error)")
        }
        guard let root else { throw StatpipeError(.usage, "\(file): the pipeline file is empty") }
        let node = PipelineNode(node: root, keyPath: "", file: file)
        guard case .mapping = root else {
            throw node.error("the pipeline file must be a mapping of keys such as 'name' and 'datasets'")
        }
        return node
    }

    /// `file:line:column: invalid YAML: problem (context)`, in one line.
    private static func message(for error: YamlError, file: String) -> String {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return "\(file):\(mark.line):\(mark.column): invalid YAML: \(problem)\(detail)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return "\(file):\(context.mark.line):\(context.mark.column): duplicate key \(keys)"
        case .reader(let problem, _, _, _):
            return "\(file): invalid YAML: \(problem)"
        default:
            return "\(file): invalid YAML: \(error)"
        }
    }

    /// `--data` / `--out` as an absolute URL (relative to the current directory), or nil when not given.
    private static func commandLineRoot(_ path: String?, option: String) throws(StatpipeError) -> URL? {
        guard let path else { return nil }
        guard !path.isEmpty else { throw StatpipeError(.usage, "\(option): the path is empty") }
        return URL(fileURLWithPath: path).standardizedFileURL
    }

    /// `path` as written in the pipeline file, made absolute against the file's folder.
    static func resolve(_ path: String, against folder: URL) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        return url.standardizedFileURL
    }
}
