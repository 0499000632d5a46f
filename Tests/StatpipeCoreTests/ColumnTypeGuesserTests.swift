import StatpipeCore
import Testing

struct ColumnTypeGuesserTests {
    private func guess(_ values: [String]) -> ColumnType {
        var guesser = ColumnTypeGuesser()
        values.forEach { guesser.observe($0) }
        return guesser.guess
    }

    @Test func narrowestTypeThatFitsEveryValue() {
        #expect(guess(["1", "-2", "30"]) == .integer)
        #expect(guess(["1", "2.5"]) == .number)
        #expect(guess(["1.234,5", "12,5", "-"]) == .number)
        #expect(guess(["1,234.5", ".."]) == .number)
        #expect(guess(["2025-01-31", "03/04/2025"]) == .date)
        #expect(guess(["2025-Q1", "Q2/2025"]) == .quarter)
        #expect(guess(["1", "x"]) == .string)
    }

    @Test func codesWithLeadingZerosStayText() {
        #expect(guess(["052", "148"]) == .string)
        #expect(guess(["0", "10"]) == .integer)
    }

    @Test func missingMarksAreIgnoredAndAnEmptyColumnIsText() {
        #expect(guess(["", "-", "..", "7"]) == .integer)
        #expect(guess(["", ""]) == .string)
    }

    @Test func malformedNumbersAreText() {
        #expect(guess(["1.2.3"]) == .string)
        #expect(guess(["12,34,5"]) == .string)
        #expect(guess(["1e5"]) == .string)
    }
}
