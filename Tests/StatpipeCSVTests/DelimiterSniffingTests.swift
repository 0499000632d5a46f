import StatpipeCSV
import StatpipeTestSupport
import Testing

/// SPEC §2: the separator is sniffed from the header line, outside quotes.
struct DelimiterSniffingTests {
    @Test(arguments: [
        ("a,b,c\n1,2,3\n", ","), ("a;b;c\n1;2;3\n", ";"), ("a\tb\tc\n1\t2\t3\n", "\t"), ("a|b|c\n1|2|3\n", "|"),
        ("\"x,y\";b;c\n1;2;3\n", ";"), ("single\n1\n", ","), ("\n,,\nq;r\n1;2\n", ";"), ("a;b,c;d\n", ";"),
    ])
    func sniffsTheSeparator(text: String, expected: String) throws {
        let directory = try TemporaryDirectory()
        let reader = try CSVFileReader(path: try directory.write("f.csv", text: text))
        #expect(reader.delimiter.description == expected)
    }

    @Test func aDeclaredSeparatorIsUsedAsGiven() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("f.csv", text: "a,b;c\n1,2;3\n")
        #expect(try readAll(path, CSVReadOptions(delimiter: .semicolon)).records == [["1,2", "3"]])
    }

    @Test func separatorSpellings() {
        #expect(CSVDelimiter(spelling: "tab") == .tab)
        #expect(CSVDelimiter(spelling: ";") == .semicolon)
        #expect(CSVDelimiter(spelling: ":") == nil)
    }
}
