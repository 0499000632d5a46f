import Foundation
import StatpipeCSV
import Testing

/// frictionless-py's parse-level cases (`../shared/peer-tests/frictionless-py/expected.json`):
/// the structural errors statpipe's ingest sees must be frictionless's, at the same rows and
/// fields.
struct FrictionlessTests {
    /// Cases whose subject is outside ingest, and why.
    static let outOfScope: [String: String] = [
        "parse-escaping": "backslash escapes are not CSV (RFC 4180 doubles quotes; libcsv has no escape character)",
        "no-header": "SPEC §2 fixes one header row; header: false is not an ingest option",
        "no-header-extra-cell": "SPEC §2 fixes one header row; header: false is not an ingest option",
        "schema-extra-label": "needs a Table Schema: judged by the validation suite",
        "schema-unique-and-primary-key": "needs a Table Schema: judged by the validation suite",
        "schema-row-errors-limit3": "needs a Table Schema: judged by the validation suite",
    ]

    static var caseIDs: [String] {
        ((try? PeerSuite.cases("frictionless-py/expected.json")) ?? []).compactMap { $0["id"] as? String }
    }

    @Test(arguments: caseIDs)
    func matchesFrictionless(id: String) throws {
        if let reason = Self.outOfScope[id] {
            #expect(!reason.isEmpty)
            return
        }
        let all = try PeerSuite.cases("frictionless-py/expected.json")
        let testCase = try #require(all.first { $0["id"] as? String == id })
        let file = PeerSuite.path("frictionless-py/" + (testCase["file"] as? String ?? ""))
        let options = testCase["options"] as? [String: Any] ?? [:]
        let expect = testCase["expect"] as? [String: Any] ?? [:]
        var readOptions = CSVReadOptions()
        if let delimiter = options["delimiter"] as? String { readOptions.delimiter = CSVDelimiter(spelling: delimiter) }
        if let encoding = options["encoding"] as? String { readOptions.declaredEncoding = TextEncoding(declaredName: encoding) }

        if testCase["kind"] as? String == "parse" {
            let result = try readAll(file, readOptions)
            #expect(result.header == expect["header"] as? [String])
            let rows = (expect["rows"] as? [[String: Any]] ?? []).map { row in
                result.header.map { key in row[key].map { "\($0)" } ?? "" }
            }
            #expect(result.records == rows)
            return
        }
        let problems = StructuralProblem.all(in: file, options: readOptions)
        if expect["valid"] as? Bool == true {
            #expect(problems.isEmpty, "\(problems)")
            if let rows = expect["rows"] as? Int { #expect(try readAll(file, readOptions).records.count == rows) }
            return
        }
        let fields = expect["fields"] as? [String] ?? []
        let expected = (expect["errors"] as? [[Any]] ?? []).map { entry -> StructuralProblem in
            let values = Dictionary(uniqueKeysWithValues: zip(fields, entry))
            return StructuralProblem(
                row: values["rowNumber"] as? Int, field: values["fieldNumber"] as? Int, type: values["type"] as? String ?? ""
            )
        }
        if fields == ["type", "note"] {
            #expect(problems.map(\.type) == expected.map(\.type))
        } else if expect["errorsArePrefix"] as? Bool == true {
            #expect(Array(problems.prefix(expected.count)) == expected)
        } else {
            #expect(problems == expected)
        }
    }
}
