import Foundation
import StatpipeCSV
import Testing

/// Apache Commons CSV's `CSVFileParser` control files, where their format is statpipe's.
///
/// statpipe's dialect is RFC 4180 with libcsv's space rule: spaces around an unquoted cell
/// are not data and a quoted cell keeps its own. That is Commons' `IgnoreSpaces=true`
/// (`test_rfc4180_trim`). Blank rows (empty lines, and rows whose cells are all empty such
/// as `,,,` and `"","","",""`) are skipped and counted (SPEC §2), where Commons returns
/// them as records, so those expected records are left out and counted instead.
/// Out of scope: `test_default`, `test_rfc4180` (cells keep surrounding spaces), and the
/// `CommentStart` files (`testCSV85*`, `testCSV246*`, `test_default_comment`): comment
/// lines are not part of SPEC's CSV.
struct CommonsCSVTests {
    @Test func readsAsTestRFC4180TrimExpects() throws {
        let folder = "apache-commons-csv/CSVFileParser/"
        let control = try String(contentsOfFile: PeerSuite.path(folder + "test_rfc4180_trim.txt"), encoding: .utf8)
        let lines = control.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let input = try #require(lines.first?.split(separator: " ").first.map(String.init))
        let all = lines.dropFirst(2).filter { $0.contains(":[") }.map(Self.parseRecord)
        let expected = all.filter { !$0.allSatisfy(\.isEmpty) }

        let reader = try CSVFileReader(path: PeerSuite.path(folder + input))
        var records = [reader.header]
        try reader.forEachRecord { records.append($0.strings()) }
        #expect(records == expected)
        #expect(reader.blankRows == all.count - expected.count)
        #expect(reader.blankRows == 5)
    }

    /// `4:[a, b, c, d]` → `["a", "b", "c", "d"]` (Java's `Arrays.toString`).
    private static func parseRecord(_ line: String) -> [String] {
        guard let open = line.firstIndex(of: "["), let close = line.lastIndex(of: "]") else { return [] }
        return line[line.index(after: open)..<close].components(separatedBy: ", ")
    }
}
