import Foundation
import StatpipeCSV
import Testing

/// Apache Commons CSV's `CSVFileParser` control files, where they follow RFC 4180.
///
/// `test.csv` line 7 is `" i ", " j " , …`: a quote after a space, which RFC 4180 does not
/// allow and statpipe's strict libcsv rejects as a `source-error` at line 7, cell 2, where
/// Commons reads it leniently. The records before it must match; the error must be there.
/// Out of scope: `test_rfc4180_trim` (IgnoreSpaces: statpipe keeps cells exactly as parsed)
/// and the `CommentStart` files (`testCSV85*`, `testCSV246*`, `test_default_comment`):
/// comment lines are not part of SPEC's CSV.
struct CommonsCSVTests {
    static let controlFiles = ["test_default.txt", "test_rfc4180.txt"]

    @Test(arguments: controlFiles)
    func recordsUpToTheNonRFC4180LineMatchThenItIsRejected(controlFile: String) throws {
        let control = try String(
            contentsOfFile: PeerSuite.path("apache-commons-csv/CSVFileParser/\(controlFile)"), encoding: .utf8
        )
        let lines = control.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let input = try #require(lines.first?.split(separator: " ").first.map(String.init))
        let expected = lines.dropFirst(2).filter { $0.contains(":[") }.map(Self.parseRecord)

        var records: [[String]] = []
        let error = readError {
            let reader = try CSVFileReader(path: PeerSuite.path("apache-commons-csv/CSVFileParser/\(input)"))
            records.append(reader.header)
            try reader.forEachRecord { records.append($0.strings()) }
        }
        #expect(records == Array(expected.prefix(6)))
        #expect(error?.kind == .malformed)
        #expect(error?.line == 7)
        #expect(error?.column == 2)
    }

    /// `4:[a, b, c, d]` → `["a", "b", "c", "d"]` (Java's `Arrays.toString`).
    private static func parseRecord(_ line: String) -> [String] {
        guard let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return [] }
        return line[line.index(after: open)..<close].components(separatedBy: ", ")
    }
}
