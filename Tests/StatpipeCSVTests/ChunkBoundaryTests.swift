import StatpipeCSV
import StatpipeTestSupport
import Testing

/// The same file read with read sizes 1, 7 and 64 KiB gives identical records and lines:
/// records, quoted fields, CRLF pairs, BOMs and multi-byte characters cut anywhere.
struct ChunkBoundaryTests {
    static let fixtures = [
        "mixed-endings-multiline.csv", "utf-16le-tab.csv", "utf-16be-tab.csv", "windows-1258-semicolon.csv",
        "utf-8-bom-comma.csv", "excel-trailing-blank-rows.csv", "cr-only.csv", "utf-8-decomposed.csv",
    ]

    @Test(arguments: fixtures)
    func readSizeDoesNotChangeTheRecords(name: String) throws {
        let reference = try readAll(fixture(name), CSVReadOptions(chunkSize: 1 << 16))
        for size in [1, 7] {
            #expect(try readAll(fixture(name), CSVReadOptions(chunkSize: size)) == reference, "chunk size \(size)")
        }
    }

    @Test func aLargeGeneratedFileReadsTheSameInAnyChunking() throws {
        let directory = try TemporaryDirectory()
        var text = "id,text,amount\r\n"
        for index in 0..<2_000 {
            let body = index % 5 == 0 ? "\"line one\r\nline \"\"two\"\", Hòa Bình\"" : "Lạc Sơn \(index)"
            text += "\(index),\(body),\(index * 7 % 1000).5\r\n"
            if index % 97 == 0 { text += ",,\r\n" }
        }
        let path = try directory.write("large.csv", text: text)
        let reference = try readAll(path)
        #expect(reference.records.count == 2_000)
        #expect(reference.lines.last == 2 + 1_999 + 400 + 21)
        for size in [1, 7, 4096] {
            #expect(try readAll(path, CSVReadOptions(chunkSize: size)) == reference, "chunk size \(size)")
        }
    }
}
