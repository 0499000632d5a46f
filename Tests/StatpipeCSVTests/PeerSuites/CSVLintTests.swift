import Foundation
import StatpipeCSV
import Testing

/// csvlint.rb's parse-level scenarios (`../shared/peer-tests/csvlint-rb/expected.json`).
struct CSVLintTests {
    /// Scenarios about choices SPEC makes differently, and why.
    static let outOfScope: [String: String] = [
        "parse_csv-06-successfully-report-a-csv-with-incorrect-whitespac":
            "spaces before a quoted cell are allowed (libcsv's default, as frictionless skips initial space)",
        "validation_errors-03-successfully-report-a-csv-with-incorrect-whitespac":
            "spaces before a quoted cell are allowed (libcsv's default, as frictionless skips initial space)",
        "validation_errors-12-incorrect-line-endings-specified-in-settings":
            "a declared line terminator is not an ingest option: statpipe reads LF, CRLF and CR alike",
        "validation_errors-13-inconsistent-line-endings-in-file-cause-an-error":
            "mixed line endings are accepted on purpose (hand-edited Excel exports); see LineNumberTests",
        "validation_errors-14-inconsistent-line-endings-with-unquoted-fields-in-":
            "mixed line endings are accepted on purpose (hand-edited Excel exports); see LineNumberTests",
        "csv_options-01-sucessfully-parse-a-valid-csv": "SPEC §2 fixes the quote character to \"; ' is not an option",
        "validation_info-01-lf-line-endings-in-file-give-an-info-message": "line-ending style is not reported",
        "validation_info-02-crlf-line-endings-in-file-produces-no-info-message": "line-ending style is not reported",
    ]

    static var caseIDs: [String] {
        ((try? PeerSuite.cases("csvlint-rb/expected.json")) ?? []).compactMap { $0["id"] as? String }
    }

    /// csvlint's name for a structural problem; a ragged row is one error whatever its cell count.
    private static func csvlintType(_ problem: StructuralProblem) -> String {
        switch problem.type {
        case "missing-cell", "extra-cell": return "ragged_rows"
        case "blank-row": return "blank_rows"
        case "encoding-error": return "invalid_encoding"
        default: return "source_error"
        }
    }

    @Test(arguments: caseIDs)
    func matchesCSVLint(id: String) throws {
        if let reason = Self.outOfScope[id] {
            #expect(!reason.isEmpty)
            return
        }
        let testCase = try #require(try PeerSuite.cases("csvlint-rb/expected.json").first { $0["id"] as? String == id })
        let options = testCase["options"] as? [String: Any] ?? [:]
        let expect = testCase["expect"] as? [String: Any] ?? [:]
        var readOptions = CSVReadOptions()
        if let charset = options["declaredCharset"] as? String { readOptions.declaredEncoding = TextEncoding(declaredName: charset) }
        let problems = StructuralProblem.all(in: PeerSuite.path("csvlint-rb/" + (testCase["file"] as? String ?? "")), options: readOptions)
        // One csvlint error per row and kind.
        var errors: [(row: Int?, type: String)] = []
        for problem in problems where !errors.contains(where: { $0.row == problem.row && $0.type == Self.csvlintType(problem) }) {
            errors.append((problem.row, Self.csvlintType(problem)))
        }
        if let valid = expect["valid"] as? Bool { #expect(errors.isEmpty == valid, "\(problems)") }
        if let count = expect["errorCount"] as? Int { #expect(errors.count == count, "\(problems)") }
        if let type = expect["firstError.type"] as? String {
            let expectedType = ["unclosed_quote", "whitespace"].contains(type) ? "source_error" : type
            #expect(errors.first?.type == expectedType)
        }
        if let row = expect["firstError.row"] as? Int { #expect(errors.first?.row == row) }
    }
}
