import Foundation
import StatpipeEngine
import StatpipeTestSupport
import Testing

/// Each broken pipeline file is a usage error (exit 2) whose one line names the file, the position and the key.
struct PipelineLoaderErrorTests {
    /// A line of ``PipelineFixture/valid``, what replaces it, and the message after `PATH:`;
    /// `{dir}` stands for the temporary directory.
    static let brokenLines: [(String, String, String)] = [
        ("name: test-pipeline\n", "nme: x\nname: test-pipeline\n",
         "1:1: unknown key 'nme' (expected: name, province, data, output, csv_bom, validation, datasets, overrides)"),
        (#"    files: ["districts/*/ocop_products*.csv"]"#, #"    fils: ["districts/*/ocop_products*.csv"]"#,
         "18:5: unknown key 'datasets.ocop_products.fils' (expected: schema, files, max_reject_ratio)"),
        ("    sheet: Data", "    sheets: Data",
         "31:5: unknown key 'overrides[1].sheets' (expected: files, decimal, thousands, encoding, delimiter, sheet)"),
        ("name: test-pipeline\n", "", "1:1: missing key 'name'"),
        (#"province: { code: "17", name: "Hòa Bình" }"#, #"province: { code: "17" }"#,
         "2:11: missing key 'province.name'"),
        ("    schema: schemas/ocop_products.json\n", "", "17:5: missing key 'datasets.ocop_products.schema'"),
        (#"    files: ["districts/*/ocop_products*.csv"]"# + "\n", "",
         "17:5: missing key 'datasets.ocop_products.files'"),
        ("  districts:\n    schema: schemas/districts.json\n    files: reference/districts.csv\n", "",
         "9:3: missing key 'datasets.districts': the summaries read this dataset"),
        ("name: test-pipeline", "name:", "1:6: 'name' must be a string, not null"),
        (#"province: { code: "17", name: "Hòa Bình" }"#, "province: Hoa Binh",
         "2:11: 'province' must be a mapping, not 'Hoa Binh'"),
        ("csv_bom: false", "csv_bom: maybe", "5:10: 'csv_bom' must be true or false, not 'maybe'"),
        ("    files:\n      - districts/*/ocop_reevaluations*.csv", "    files: {a: b}",
         "21:12: 'datasets.ocop_reevaluations.files' must be a string or a list of strings, not a mapping"),
        ("overrides:\n", "overrides:\n  - 3\n", "24:5: 'overrides[0]' must be a mapping, not '3'"),
        ("max_reject_ratio: 0.05", "max_reject_ratio: 1.5",
         "7:21: 'validation.max_reject_ratio' must be a number from 0 to 1, not '1.5'"),
        ("max_reject_ratio: 0.05", #"max_reject_ratio: "0.05""#,
         "7:21: 'validation.max_reject_ratio' must be a number from 0 to 1, not '0.05'"),
        ("max_reject_ratio: 0.01", "max_reject_ratio: -0.01",
         "15:23: 'datasets.economic_accounts.max_reject_ratio' must be a number from 0 to 1, not '-0.01'"),
        ("encoding: windows-1258", "encoding: latin-1",
         "27:15: 'overrides[0].encoding' must be one of utf-8, windows-1258, windows-1252, utf-16le, utf-16be, "
            + "not 'latin-1'"),
        (#"delimiter: ";""#, #"delimiter: ":""#,
         "29:16: 'overrides[1].delimiter' must be one of ',' ';' '|' or tab, not ':'"),
        (#"decimal: ",""#, #"decimal: ";""#, "25:14: 'overrides[0].decimal' must be '.' or ',', not ';'"),
        (#"thousands: ".""#, #"thousands: ",""#,
         "26:16: 'overrides[0].thousands' must differ from the decimal mark ','"),
        (#"thousands: """#, #"thousands: "_""#, "30:16: 'overrides[1].thousands' must be '.', ',', ' ' or '', not '_'"),
        (#"files: ["districts/*/ocop_products*.csv"]"#, "files: []", "18:12: 'datasets.ocop_products.files' is empty"),
        ("  ocop_products:\n", "  ocop products:\n",
         "17:5: 'datasets.ocop products' is not a dataset name: use letters, digits, '_' and '-'"),
        ("schemas/ocop_products.json", "schemas/nope.json",
         "17:13: 'datasets.ocop_products.schema': no such file '{dir}/pipelines/schemas/nope.json'"),
        ("schemas/ocop_products.json", "schemas",
         "17:13: 'datasets.ocop_products.schema': '{dir}/pipelines/schemas' is a directory, not a schema"),
        (#"files: ["districts/*/ocop_products*.csv"]"#, #"files: ["../../etc/*"]"#,
         "18:13: 'datasets.ocop_products.files[0]': glob '../../etc/*' escapes the data root"),
        (#"files: ["districts/*/ocop_products*.csv"]"#, #"files: ["/etc/*"]"#,
         "18:13: 'datasets.ocop_products.files[0]': glob '/etc/*' is absolute; globs are relative to the data root"),
        (#"files: "districts/159-*/*""#, #"files: "districts/../../*""#,
         "24:12: 'overrides[0].files': glob 'districts/../../*' escapes the data root"),
        ("name: test-pipeline", "name: [unclosed",
         "2:9: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"),
        ("name: test-pipeline", "name: a\nname: b", "1:1: duplicate key 'name'"),
        ("    encoding: windows-1258", "    encoding: windows-1258\n\tsheet: x",
         "28:1: invalid YAML: found a tab character that violates indentation (while scanning a plain scalar)"),
    ]

    @Test(arguments: brokenLines)
    func refusesABrokenLine(original: String, replacement: String, message: String) throws {
        let fixture = try PipelineFixture(replacing: original, with: replacement)
        let error = PipelineFixture.failure { () throws(StatpipeError) in try fixture.load() }
        let expected = message.replacingOccurrences(of: "{dir}", with: fixture.directory.url.path)

        #expect(error?.kind == .usage)
        #expect(error?.message == "\(fixture.path):\(expected)")
    }

    /// Whole files that are not a pipeline, and the message after `PATH`.
    static let brokenFiles: [(String, String)] = [
        ("", ": the pipeline file is empty"),
        ("# only a comment\n", ": the pipeline file is empty"),
        ("- a\n- b\n", ":1:1: the pipeline file must be a mapping of keys such as 'name' and 'datasets'"),
        ("name: x\nprovince: {code: '17', name: y}\ndatasets: {}\n", ":3:11: 'datasets' is empty"),
        ("a: 1\n---\nb: 2\n",
         ":2:1: invalid YAML: but found another document (expected a single document in the stream)"),
    ]

    @Test(arguments: brokenFiles)
    func refusesABrokenFile(yaml: String, message: String) throws {
        let fixture = try PipelineFixture(yaml)
        let error = PipelineFixture.failure { () throws(StatpipeError) in try fixture.load() }

        #expect(error?.kind == .usage)
        #expect(error?.message == "\(fixture.path)\(message)")
    }

    @Test func refusesAFileThatIsNotUTF8() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("latin1.yml", bytes: Array("name: Ho".utf8) + [0xE0, 0x0A])
        let error = PipelineFixture.failure { () throws(StatpipeError) in try PipelineLoader.load(path: path) }

        #expect(error?.kind == .usage)
        #expect(error?.message == "\(path): the pipeline file is not UTF-8 text")
    }
}
