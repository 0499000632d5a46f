import Foundation
import StatpipeCSV
import StatpipeTestSupport
import Testing

/// Bad input gives a located error, never a crash (issue "Ingest foundation", Bad input).
struct MalformedInputTests {
    @Test func unterminatedQuoteIsReportedWhereTheFieldStarts() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("open.csv", text: "a,b\n1,2\n3,\"never\nclosed\n")
        var seen: [[String]] = []
        let error = readError { try CSVFileReader(path: path).forEachRecord { seen.append($0.strings()) } }
        #expect(seen == [["1", "2"]])
        #expect(error?.kind == .malformed)
        #expect(error?.line == 3)
        #expect(error?.column == 2)
        #expect(error?.description == "\(path):3:2: unterminated quoted field")
    }

    @Test func misplacedQuoteIsReportedOnItsLineAndCell() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("stray.csv", text: "a,b,c\n1,2,3\n4,\"multi\nline\"x,6\n")
        let error = readError { try CSVFileReader(path: path).forEachRecord { _ in } }
        #expect(error?.kind == .malformed)
        #expect(error?.line == 4)
        #expect(error?.column == 2)
    }

    @Test func textAfterAClosingQuoteIsMalformed() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("after.csv", text: "a,b\n\"x\" y,z\n")
        let error = readError { try CSVFileReader(path: path).forEachRecord { _ in } }
        #expect(error?.kind == .malformed)
        #expect(error?.line == 2)
        #expect(error?.column == 1)
    }

    @Test func spacesAroundUnquotedCellsAreDroppedQuotedCellsKeepThem() throws {
        let directory = try TemporaryDirectory()
        let result = try readAll(try directory.write("spaces.csv", text: "a,b,c\n 1 ,x y ,  \" q \" \n"))
        #expect(result.records == [["1", "x y", " q "]])
    }

    @Test func emptyFileAndBlankOnlyFileHaveNoHeader() throws {
        let directory = try TemporaryDirectory()
        for (name, text) in [("empty.csv", ""), ("blank.csv", "\n\r\n,,\n")] {
            let error = readError { _ = try CSVFileReader(path: try directory.write(name, text: text)) }
            #expect(error?.kind == .empty, "\(name)")
        }
    }

    @Test func missingFileAndDirectoryAreIOErrors() throws {
        let directory = try TemporaryDirectory()
        let missing = readError { _ = try CSVFileReader(path: directory.path("nope.csv")) }
        #expect(missing?.kind == .unreadable(errno: 2))
        let folder = readError { _ = try CSVFileReader(path: directory.url.path) }
        #expect(folder?.kind == .unreadable(errno: 21))
    }

    @Test func raggedRowsArePassedOnAsTheyAre() throws {
        let directory = try TemporaryDirectory()
        let result = try readAll(try directory.write("ragged.csv", text: "a,b,c\n1,2\n3,4,5,6\n"))
        #expect(result.records == [["1", "2"], ["3", "4", "5", "6"]])
    }

    @Test func aTenMegabyteFieldIsRead() throws {
        let directory = try TemporaryDirectory()
        let big = String(repeating: "x", count: 10 << 20)
        let result = try readAll(try directory.write("big.csv", text: "a,b\n1,\"\(big)\"\n2,y\n"))
        #expect(result.records.count == 2)
        #expect(result.records[0][1].utf8.count == 10 << 20)
        #expect(result.lines == [2, 3])
    }
}
