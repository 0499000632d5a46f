import Foundation
import StatpipeCSV
import StatpipeTestSupport

/// Shared access to `../shared/peer-tests`: suites written by other projects, the outside
/// judge of the ingest path.
enum PeerSuite {
    /// The path of `relative` inside the peer-tests folder.
    static func path(_ relative: String) -> String {
        RepositoryPaths.peerTests.appendingPathComponent(relative).path
    }

    /// Parses a JSON file of the suite.
    static func json(_ relative: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path(relative))))
    }

    /// The cases of a suite's `expected.json`.
    static func cases(_ relative: String) throws -> [[String: Any]] {
        (try json(relative) as? [String: Any])?["cases"] as? [[String: Any]] ?? []
    }
}

/// A structural problem as frictionless and csvlint name them, derived from what the reader
/// hands over: header labels, cell counts, blank rows, and the reader's own errors.
struct StructuralProblem: Equatable, CustomStringConvertible {
    let row: Int?
    let field: Int?
    let type: String

    var description: String { "[\(row.map(String.init) ?? "null"), \(field.map(String.init) ?? "null"), \(type)]" }

    /// Every structural problem of `path`, in frictionless order (labels, then rows).
    static func all(in path: String, options: CSVReadOptions = CSVReadOptions()) -> [StructuralProblem] {
        var problems: [StructuralProblem] = []
        do {
            let reader = try CSVFileReader(path: path, options: options)
            var seen: Set<String> = []
            for (index, label) in reader.header.enumerated() {
                if label.trimmingCharacters(in: .whitespaces).isEmpty {
                    problems.append(StructuralProblem(row: nil, field: index + 1, type: "blank-label"))
                } else if !seen.insert(label).inserted {
                    problems.append(StructuralProblem(row: nil, field: index + 1, type: "duplicate-label"))
                }
            }
            let width = reader.header.count
            try reader.forEachRecord(includingBlankRows: true) { record in
                if let issue = record.textIssue {
                    problems.append(StructuralProblem(row: record.line, field: issue.column, type: "encoding-error"))
                } else if record.isBlank {
                    problems.append(StructuralProblem(row: record.line, field: nil, type: "blank-row"))
                } else {
                    for field in stride(from: record.count + 1, through: width, by: 1) {
                        problems.append(StructuralProblem(row: record.line, field: field, type: "missing-cell"))
                    }
                    for field in stride(from: width + 1, through: record.count, by: 1) {
                        problems.append(StructuralProblem(row: record.line, field: field, type: "extra-cell"))
                    }
                }
            }
        } catch let error as CSVReadError {
            let type = error.kind == .invalidEncoding ? "encoding-error" : "source-error"
            problems.append(StructuralProblem(row: error.line, field: error.column, type: type))
        } catch {
            problems.append(StructuralProblem(row: nil, field: nil, type: "source-error"))
        }
        return problems
    }
}
