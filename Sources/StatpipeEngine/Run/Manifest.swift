import Foundation
import StatpipeCore

/// `manifest.json` (SPEC §6): what ran, on which inputs, producing which files.
struct Manifest {
    let pipelineName: String
    let period: Quarter
    let asOf: CivilDate
    let startedAt: String
    let inputs: [(file: PlannedFile, dataset: String, report: FileReport?)]
    let warnings: [RunWarning]

    /// The manifest for the finished staging directory: every file in it is hashed.
    func json(outputs staged: StagedDirectory, finishedAt: String) throws(StatpipeError) -> JSONValue {
        var inputEntries: [JSONValue] = []
        for input in inputs {
            let digest = try FileDigest(path: input.file.absolutePath, displayPath: input.file.relativePath)
            let report = input.report
            inputEntries.append(.object([
                ("path", .string(input.file.relativePath)), ("dataset", .string(input.dataset)),
                ("sha256", .string(digest.sha256)), ("bytes", .int(digest.bytes)),
                ("rows_read", .int(report?.rowsRead ?? 0)), ("rows_accepted", .int(report?.rowsAccepted ?? 0)),
                ("rows_rejected", .int(report?.rowsRejected ?? 0)), ("blank_rows", .int(report?.blankRows ?? 0)),
            ]))
        }
        var outputEntries: [JSONValue] = []
        for relative in try Self.files(in: staged.staging) where relative != Self.fileName {
            let digest = try FileDigest(path: staged.staging.appendingPathComponent(relative).path, displayPath: relative)
            outputEntries.append(.object([("path", .string(relative)), ("sha256", .string(digest.sha256)), ("bytes", .int(digest.bytes))]))
        }
        return .object([
            ("tool", .object([("name", .string(StatpipeVersion.name)), ("version", .string(StatpipeVersion.current))])),
            ("pipeline", .string(pipelineName)),
            ("period", .string(period.description)),
            ("as_of", .string(asOf.description)),
            ("started_at", .string(startedAt)),
            ("finished_at", .string(finishedAt)),
            ("inputs", .array(inputEntries)),
            ("outputs", .array(outputEntries)),
            ("warnings", .array(warnings.map(\.json))),
        ])
    }

    static let fileName = "manifest.json"

    /// Every regular file below `directory`, as sorted relative paths.
    static func files(in directory: URL) throws(StatpipeError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw StatpipeError(.io, "\(directory.path): cannot list the output")
        }
        let base = directory.standardizedFileURL.path + "/"
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count)))
        }
        return paths.sorted()
    }
}
