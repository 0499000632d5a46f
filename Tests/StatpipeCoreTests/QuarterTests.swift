import StatpipeCore
import Testing

struct QuarterTests {
    @Test(arguments: ["2025-Q1", "2025Q1", "Q1/2025", "Q1-2025", "2025-q1", "q1/2025"])
    func acceptsTheFourSpellingsInAnyCase(spelling: String) {
        #expect(Quarter(parsing: spelling)?.description == "2025-Q1")
    }

    @Test(arguments: ["2025-Q5", "2025-Q0", "Q1/25", "2025/Q1", "Q1 2025", "", "2025", "Q1-2025x", "2025-QQ1"])
    func rejectsOtherText(text: String) {
        #expect(Quarter(parsing: text) == nil)
    }

    @Test func ordersByYearThenQuarter() throws {
        let quarters = try ["2025-Q1", "2024-Q4", "2024-Q1"].map { try #require(Quarter(parsing: $0)) }
        #expect(quarters.sorted().map(\.description) == ["2024-Q1", "2024-Q4", "2025-Q1"])
    }
}

struct CivilDateTests {
    @Test func parsesISOAndDayFirstNeverMonthFirst() {
        #expect(CivilDate(parsing: "2025-04-03")?.description == "2025-04-03")
        #expect(CivilDate(parsing: "03/04/2025")?.description == "2025-04-03")
        #expect(CivilDate(parsing: "3/4/2025")?.description == "2025-04-03")
        #expect(CivilDate(parsing: "13/12/2025")?.description == "2025-12-13")
        #expect(CivilDate(parsing: "12/13/2025") == nil)
    }

    @Test func rejectsImpossibleDates() {
        #expect(CivilDate(parsing: "2025-02-29") == nil)
        #expect(CivilDate(parsing: "2024-02-29") != nil)
        #expect(CivilDate(parsing: "1900-02-29") == nil)
        #expect(CivilDate(parsing: "2000-02-29") != nil)
        #expect(CivilDate(parsing: "2025-1-05") == nil)
        #expect(CivilDate(parsing: "+2025-01-05") == nil)
    }
}
