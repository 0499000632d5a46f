import Foundation
import StatpipeCSV
import Testing

/// csv-spectrum (github.com/maxogden/csv-spectrum): each CSV must read as the array of
/// header-keyed objects in its JSON, every value a string.
struct CSVSpectrumTests {
    /// `location_coordinates` is skipped: its JSON is wrong upstream (a single object, not an
    /// array, with a phone number the CSV does not hold), so no parser can pass it.
    static let cases = [
        "comma_in_quotes", "empty", "empty_crlf", "escaped_quotes", "json", "newlines", "newlines_crlf",
        "quotes_and_newlines", "simple", "simple_crlf", "utf8",
    ]

    @Test(arguments: cases)
    func readsAsTheExpectedObjects(name: String) throws {
        let expected = try #require(try PeerSuite.json("csv-spectrum/json/\(name).json") as? [[String: String]])
        let result = try readAll(PeerSuite.path("csv-spectrum/csvs/\(name).csv"))
        let objects = result.records.map { Dictionary(uniqueKeysWithValues: zip(result.header, $0)) }
        #expect(objects == expected)
    }

    @Test func theSuiteHasNoCaseWeDoNotRun() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: PeerSuite.path("csv-spectrum/csvs"))
        let names = Set(files.map { ($0 as NSString).deletingPathExtension })
        #expect(names == Set(Self.cases + ["location_coordinates"]))
    }
}
