import StatpipeCSV
import StatpipeTestSupport
import Testing

/// The per-column reuse of the previous row's `String` must never hand back a stale value.
struct RepeatingCellStringsTests {
    @Test func repeatedAndChangedCellsReadAsTheirOwnText() throws {
        let directory = try TemporaryDirectory()
        // Same length but different bytes, a repeat, an empty cell, and decomposed text (NFD).
        let text = "name,code\nabc,1\nabd,1\nabd,2\n,2\nHo\u{300}a,2\nHòa,\n"
        let reader = try CSVFileReader(path: try directory.write("f.csv", text: text))
        var strings = RepeatingCellStrings()
        var reused: [[String]] = []
        var made: [[String]] = []
        try reader.forEachRecord { record in
            reused.append((0..<record.count).map { strings.string(at: $0, of: record) })
            made.append(record.strings())
        }
        #expect(reused == made)
        #expect(reused.map(\.[0]) == ["abc", "abd", "abd", "", "Hòa", "Hòa"])
    }
}
