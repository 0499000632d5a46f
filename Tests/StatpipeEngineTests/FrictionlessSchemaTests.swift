import Foundation
import StatpipeCore
import StatpipeCSV
import StatpipeTestSupport
import Testing

/// frictionless-py's cases that carry a Table Schema, judged with statpipe's validator.
///
/// statpipe reports one error per row, its first (SPEC §4), so each expected list is
/// compared on its first error per row. `schema-extra-label` is out of scope: SPEC §2
/// ignores an unknown column with a warning where frictionless also flags every cell of it.
struct FrictionlessSchemaTests {
    private static func path(_ relative: String) -> String {
        RepositoryPaths.peerTests.appendingPathComponent("frictionless-py/" + relative).path
    }

    /// The first problem of each rejected row: (row, 1-based column of the field, code).
    private func firstErrors(csv: String, schema: String) throws -> [[String]] {
        let table = try TableSchema(json: Data(contentsOf: URL(fileURLWithPath: Self.path(schema))))
        let reader = try CSVFileReader(path: Self.path(csv))
        let binding = try HeaderBinding.bind(header: reader.header, to: table).get()
        let checker = RowChecker(schema: table, binding: binding, format: NumberFormat())
        var validator = DatasetValidator(name: "peer", schema: table)
        var errors: [[String]] = []
        var id = 0
        try reader.forEachRecord { record in
            let verdict: Verdict
            switch checker.check(cellCount: record.count, cell: record.string(at:)) {
            case .failure(let problem): verdict = .rejected(problem)
            case .success(let row): verdict = validator.judge(row, id: id)
            }
            id += 1
            if case .rejected(let problem) = verdict {
                let column = table.fieldIndex(named: problem.field).flatMap { binding.columnOfField[$0] }.map { String($0 + 1) } ?? "null"
                errors.append([String(record.line), column, problem.code.rawValue])
            }
        }
        return errors
    }

    @Test func uniqueAndPrimaryKey() throws {
        // Expected: [10, 1, unique-error], [10, null, primary-key] → first per row.
        #expect(try firstErrors(csv: "data/unique-field.csv", schema: "data/unique-field.json") == [["10", "1", "unique-error"]])
    }

    @Test func rowErrorsTypeThenConstraint() throws {
        // Expected prefix: [4, 1, type-error], [4, 2, constraint-error], [4, 3, constraint-error] → first per row,
        // then row 5 (frictionless stopped at 3 errors) has six cells for three columns.
        #expect(try firstErrors(csv: "data/schema-errors.csv", schema: "data/schema-valid.json") == [
            ["4", "1", "type-error"], ["5", "null", "extra-cell"],
        ])
    }
}
