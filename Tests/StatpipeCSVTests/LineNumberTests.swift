import StatpipeCSV
import StatpipeTestSupport
import Testing

/// Physical line numbers (SPEC §4 `row_number`): header is 1, every CR, LF or CRLF counts,
/// inside quoted fields too.
struct LineNumberTests {
    @Test func linesCountBreaksInsideQuotedFieldsWhateverTheirStyle() throws {
        let result = try readAll(fixture("mixed-endings-multiline.csv"))
        #expect(result.records == [["1", "first\r\nsecond"], ["2", "x\ny\rz"], ["3", "plain"]])
        #expect(result.lines == [2, 4, 7])
    }

    @Test func carriageReturnOnlyFilesCountEachCR() throws {
        let result = try readAll(fixture("cr-only.csv"))
        #expect(result.records == [["1", "2"], ["3", "4"]])
        #expect(result.lines == [2, 3])
    }

    @Test func blankLinesAndExcelBlankRowsAreSkippedButCounted() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("blank.csv", text: "\r\na,b\r\n\r\n1,2\r\n,\r\n\"\",\"\"\r\n3,4")
        let result = try readAll(path)
        #expect(result.header == ["a", "b"])
        #expect(result.records == [["1", "2"], ["3", "4"]])
        #expect(result.lines == [4, 7])
        #expect(result.blankRows == 4)
    }

    @Test func excelTrailingBlankRowsAreCounted() throws {
        let result = try readAll(fixture("excel-trailing-blank-rows.csv"))
        #expect(result.records == [["1", "2", "3"]])
        #expect(result.blankRows == 3)
    }

    @Test func headerOnlyFileHasNoRecords() throws {
        let directory = try TemporaryDirectory()
        let result = try readAll(try directory.write("header.csv", text: "a,b\n"))
        #expect(result.header == ["a", "b"])
        #expect(result.records.isEmpty)
    }

    @Test func aLastRecordWithoutLineBreakIsKept() throws {
        let directory = try TemporaryDirectory()
        let result = try readAll(try directory.write("last.csv", text: "a\n1\n2"))
        #expect(result.records == [["1"], ["2"]])
        #expect(result.lines == [2, 3])
    }
}
