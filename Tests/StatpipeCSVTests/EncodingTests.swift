import Foundation
import StatpipeCSV
import StatpipeTestSupport
import Testing

/// SPEC §2 encodings: each one read from real bytes, text normalized to NFC.
struct EncodingTests {
    @Test func windows1258WithSemicolonsAndDecimalCommaDecodesToNFC() throws {
        let result = try readAll(fixture("windows-1258-semicolon.csv"))
        #expect(result.encoding == .windows1258)
        #expect(result.delimiter == .semicolon)
        #expect(result.records == [["152", "Lương Sơn", "1.234,5"], ["159", "Lạc Thủy", "-"]])
        #expect(result.records[0][1] == "Lương Sơn".precomposedStringWithCanonicalMapping)
        #expect(result.blankRows == 1)
    }

    @Test(arguments: [("utf-16le-tab.csv", TextEncoding.utf16LittleEndian), ("utf-16be-tab.csv", .utf16BigEndian)])
    func utf16WithBOMIsTranscodedWhileStreaming(name: String, encoding: TextEncoding) throws {
        let result = try readAll(fixture(name), CSVReadOptions(chunkSize: 7))
        #expect(result.encoding == encoding)
        #expect(result.delimiter == .tab)
        #expect(result.header == ["district_code", "district_name", "value"])
        #expect(result.records == [["152", "Lương Sơn", "1234.5"], ["159", "Lạc\tThủy", "7"]])
        #expect(result.lines == [2, 3])
    }

    @Test func utf8BOMIsSkippedAndReported() throws {
        let result = try readAll(fixture("utf-8-bom-comma.csv"))
        #expect(result.encoding == .utf8WithBOM)
        #expect(result.header == ["id", "name"])
        #expect(result.records == [["1", "Hòa Bình"], ["2", "Đà Bắc, xã Tú Lý"]])
    }

    @Test func declaredWindows1252IsTheFallbackForInvalidUTF8() throws {
        let result = try readAll(fixture("windows-1252-pipe.csv"), CSVReadOptions(declaredEncoding: .windows1252))
        #expect(result.encoding == .windows1252)
        #expect(result.delimiter == .pipe)
        #expect(result.records == [["1", "Café Crème"]])
    }

    @Test func validUTF8WinsOverADeclaredLegacyEncoding() throws {
        let result = try readAll(fixture("utf-8-bom-comma.csv"), CSVReadOptions(declaredEncoding: .windows1258))
        #expect(result.encoding == .utf8WithBOM)
        #expect(result.records[0] == ["1", "Hòa Bình"])
    }

    @Test func decomposedUTF8IsNormalizedToNFC() throws {
        let result = try readAll(fixture("utf-8-decomposed.csv"))
        #expect(result.header == ["tên"])
        #expect(result.records == [["Hòa Bình"]])
        #expect(result.records[0][0].unicodeScalars.count == 8)
    }

    @Test func invalidBytesUnderDeclaredUTF8AreAnIssueOnTheirRecord() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bad.csv", bytes: Array("id,name\n1,ok\n2,caf".utf8) + [0xE9] + Array("\n3,fine\n".utf8))
        let reader = try CSVFileReader(path: path, options: CSVReadOptions(declaredEncoding: .utf8))
        var issues: [Int: TextIssue] = [:]
        try reader.forEachRecord { record in issues[record.line] = record.textIssue }
        #expect(issues[2] == .some(nil))
        #expect(issues[3] == TextIssue(column: 2, reason: .invalidUTF8))
        #expect(issues[4] == .some(nil))
    }

    @Test func nulBytesAreAnIssueOnTheirRecord() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("nul.csv", bytes: Array("a,b\n1,x".utf8) + [0] + Array("y\n".utf8))
        let reader = try CSVFileReader(path: path)
        var issue: TextIssue?
        try reader.forEachRecord { issue = $0.textIssue }
        #expect(issue == TextIssue(column: 2, reason: .nulByte))
    }

    @Test func bytesUndefinedInTheFallbackAreAnEncodingErrorWithLine() throws {
        let directory = try TemporaryDirectory()
        // 0x81 is undefined in windows-1252, and not valid UTF-8 either.
        let path = try directory.write("undefined.csv", bytes: Array("a,b\n1,2\n3,x".utf8) + [0x81] + Array("\n".utf8))
        var seen: [[String]] = []
        let error = readError {
            let reader = try CSVFileReader(path: path, options: CSVReadOptions(declaredEncoding: .windows1252))
            try reader.forEachRecord { seen.append($0.strings()) }
        }
        #expect(seen == [["1", "2"]])
        #expect(error?.kind == .invalidEncoding)
        #expect(error?.line == 3)
        #expect(error?.column == 2)
    }
}
