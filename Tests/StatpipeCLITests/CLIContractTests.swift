import Foundation
import StatpipeTestSupport
import Testing

/// The SPEC §1 contract of `convert` and `inspect`, against the built binary.
struct CLIContractTests {
    private func fixture(_ name: String) -> String { RepositoryPaths.csvFixtures.appendingPathComponent(name).path }

    @Test(arguments: [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines", "newlines_crlf",
        "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ])
    func convertOfEachCSVSpectrumCaseEqualsItsJSON(name: String) throws {
        let peer = RepositoryPaths.peerTests.appendingPathComponent("csv-spectrum")
        let result = try CommandRunner.statpipe(["convert", peer.appendingPathComponent("csvs/\(name).csv").path, "--to", "jsonl"])
        #expect(result.status == 0)
        let objects = try result.standardOutput.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
        }
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: peer.appendingPathComponent("json/\(name).json"))
        ) as? [[String: String]]
        #expect(objects == expected)
    }

    @Test func convertToCSVWritesNormalizedUTF8() throws {
        let result = try CommandRunner.statpipe(["convert", fixture("windows-1258-semicolon.csv")])
        #expect(result.status == 0)
        #expect(result.standardOutput == "district_code,district_name,value\n152,Lương Sơn,\"1.234,5\"\n159,Lạc Thủy,-\n")
    }

    @Test func convertToJSONLinesFromUTF16() throws {
        let result = try CommandRunner.statpipe(["convert", fixture("utf-16le-tab.csv"), "--to", "jsonl"])
        #expect(result.standardOutput == """
            {"district_code":"152","district_name":"Lương Sơn","value":"1234.5"}
            {"district_code":"159","district_name":"Lạc\\tThủy","value":"7"}

            """)
    }

    @Test func inspectJSONDescribesEachFile() throws {
        let result = try CommandRunner.statpipe(["inspect", "--json", fixture("utf-16le-tab.csv"), fixture("excel-trailing-blank-rows.csv")])
        #expect(result.status == 0)
        let objects = result.standardOutput.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == 2)
        #expect(objects.first?["encoding"] as? String == "utf-16le")
        #expect(objects.first?["delimiter"] as? String == "\t")
        #expect(objects.first?["rows"] as? Int == 2)
        #expect(objects.last?["blank_rows"] as? Int == 3)
        #expect(objects.last?["header"] as? [String] == ["a", "b", "c"])
    }

    @Test func inspectPrintsATableByDefault() throws {
        let result = try CommandRunner.statpipe(["inspect", fixture("utf-8-bom-comma.csv")])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("encoding utf-8-bom, delimiter \",\", 2 rows, 0 blank rows, 2 columns"))
        #expect(result.standardOutput.contains("  id      integer"))
    }

    @Test func malformedInputExitsOneWithFileLineAndColumn() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("open.csv", text: "a,b\n1,2\n3,\"never closed\n")
        let result = try CommandRunner.statpipe(["convert", path])
        #expect(result.status == 1)
        #expect(result.standardError == "statpipe: error: \(path):3:2: unterminated quoted field\n")
        #expect(result.standardOutput == "a,b\n1,2\n")
    }

    @Test func invalidBytesUnderAnExplicitEncodingExitOne() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("latin.csv", bytes: Array("a,b\n1,caf".utf8) + [0xE9, 0x0A])
        let result = try CommandRunner.statpipe(["convert", path, "--encoding", "utf-8"])
        #expect(result.status == 1)
        #expect(result.standardError == "statpipe: error: \(path):2:2: invalid UTF-8 bytes in cell 2\n")
        #expect(try CommandRunner.statpipe(["convert", path]).standardOutput == "a,b\n1,café\n")
    }

    @Test func nulBytesExitOne() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("nul.csv", bytes: Array("a\nx".utf8) + [0] + Array("\n".utf8))
        let result = try CommandRunner.statpipe(["inspect", path])
        #expect(result.status == 1)
        #expect(result.standardError == "statpipe: error: \(path):2:1: NUL byte in cell 1\n")
    }

    @Test func emptyFileExitsOneAndHeaderOnlyGivesNothing() throws {
        let directory = try TemporaryDirectory()
        let empty = try directory.write("empty.csv", text: "")
        #expect(try CommandRunner.statpipe(["convert", empty, "--to", "jsonl"]).status == 1)
        let header = try directory.write("header.csv", text: "a,b\r\n")
        let result = try CommandRunner.statpipe(["convert", header, "--to", "jsonl"])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func missingFileAndDirectoryExitFour() throws {
        let directory = try TemporaryDirectory()
        let missing = try CommandRunner.statpipe(["convert", directory.path("nope.csv")])
        #expect(missing.status == 4)
        #expect(missing.standardError == "statpipe: error: \(directory.path("nope.csv")): No such file or directory\n")
        #expect(try CommandRunner.statpipe(["inspect", directory.url.path]).status == 4)
    }

    @Test func raggedRowsAreConvertedWithAWarning() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("ragged.csv", text: "a,b\n1\n2,3,4\n")
        let result = try CommandRunner.statpipe(["convert", path, "--to", "jsonl"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "{\"a\":\"1\"}\n{\"a\":\"2\",\"b\":\"3\",\"_3\":\"4\"}\n")
        #expect(result.standardError.contains("\(path):2: warning: 1 cells, the header has 2"))
    }

    @Test(arguments: [
        ["convert"], ["convert", "x.csv", "--to", "xml"], ["convert", "x.csv", "--bogus"],
        ["convert", "x.csv", "--encoding", "latin9"], ["convert", "x.csv", "--delimiter", ":"], ["frobnicate"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try CommandRunner.statpipe(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("statpipe: error: "))
    }

    @Test func sheetOnATextFileIsAUsageError() throws {
        let result = try CommandRunner.statpipe(["convert", fixture("cr-only.csv"), "--sheet", "Sheet1"])
        #expect(result.status == 2)
    }

    @Test func helpExitsZero() throws {
        let result = try CommandRunner.statpipe(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("inspect"))
    }
}
