import StatpipeCSV
import StatpipeTestSupport
import Testing

/// A file cut into segments reads exactly as the whole file: same records, same lines,
/// same blank rows — with quoted line breaks, doubled quotes and CRLF anywhere.
struct FileSplitterTests {
    private func readSegments(_ path: String, targetSize: Int) throws -> (ReadResult, segments: Int) {
        let opening = try CSVFileReader(path: path)
        let segments = try #require(try CSVFileSplitter.segments(
            path: path, encoding: opening.encoding, from: (0, 1), targetSize: targetSize
        ))
        var result = ReadResult(header: opening.header, records: [], lines: [], blankRows: 0,
                                encoding: opening.encoding, delimiter: opening.delimiter)
        for segment in segments {
            let reader = try opening.layout.reader(for: segment)
            try reader.forEachRecord { record in
                result.records.append(record.strings())
                result.lines.append(record.line)
            }
            result.blankRows += reader.blankRows
        }
        return (result, segments.count)
    }

    @Test(arguments: [64, 200, 1000])
    func segmentsReadAsTheWholeFile(targetSize: Int) throws {
        let directory = try TemporaryDirectory()
        var text = "\u{FEFF}id,note,amount\r\n"
        for index in 0..<300 {
            let note = index % 7 == 0 ? "\"two\r\nlines, \"\"quoted\"\"\"" : "Hòa Bình \(index)"
            text += "\(index),\(note),\(index).5\r\n"
            if index % 50 == 0 { text += ",,\r\n" }
        }
        let path = try directory.write("big.csv", text: text)
        let whole = try readAll(path)
        let (split, count) = try readSegments(path, targetSize: targetSize)
        #expect(count > 2)
        #expect(split == whole)
    }

    @Test func utf16AndSmallFilesAreNotSplit() throws {
        let utf16 = fixture("utf-16le-tab.csv")
        let reader = try CSVFileReader(path: utf16)
        #expect(try CSVFileSplitter.segments(path: utf16, encoding: reader.encoding, from: (0, 1), targetSize: 8) == nil)
        let small = fixture("cr-only.csv")
        #expect(try CSVFileSplitter.segments(path: small, encoding: .utf8, from: (0, 1), targetSize: 1 << 20) == nil)
    }
}
