import StatpipeCore
import Testing

struct DateArithmeticTests {
    private func date(_ text: String) throws -> CivilDate { try #require(CivilDate(parsing: text)) }

    @Test func thirtySixMonthsClampToTheMonthsLastDay() throws {
        #expect(try date("2020-02-29").addingMonths(36).description == "2023-02-28")
        #expect(try date("2022-11-30").addingMonths(36).description == "2025-11-30")
        #expect(try date("2021-02-28").addingMonths(36).description == "2024-02-28")
        #expect(try date("2021-01-31").addingMonths(1).description == "2021-02-28")
        #expect(try date("2024-01-31").addingMonths(1).description == "2024-02-29")
    }

    @Test func daysBetweenDates() throws {
        #expect(try date("2025-03-31").days(since: date("2025-01-01")) == 89)
        #expect(try date("2024-03-01").days(since: date("2024-02-28")) == 2)
        #expect(try date("1970-01-01").daysSinceEpoch == 0)
    }

    @Test func daysSinceEpochRoundTrips() throws {
        for text in ["1900-03-01", "1969-12-31", "1970-01-01", "2000-02-29", "2024-12-31", "9999-12-31"] {
            let original = try date(text)
            #expect(CivilDate(daysSinceEpoch: original.daysSinceEpoch) == original)
        }
        #expect(CivilDate(daysSinceEpoch: 0)?.description == "1970-01-01")
        #expect(CivilDate(daysSinceEpoch: -800_000) == nil)
    }

    @Test func quarterArithmetic() throws {
        let q1 = try #require(Quarter(parsing: "2025-Q1"))
        #expect(q1.advanced(by: -4).description == "2024-Q1")
        #expect(q1.advanced(by: -1).description == "2024-Q4")
        #expect(q1.startDate.description == "2025-01-01")
        #expect(q1.endDate.description == "2025-03-31")
        #expect(try #require(Quarter(parsing: "2024-Q4")).endDate.description == "2024-12-31")
        #expect(try #require(Quarter(parsing: "2025-Q3")).yearToDate.map(\.description) == ["2025-Q1", "2025-Q2", "2025-Q3"])
        #expect(Quarter.lastEnded(before: try date("2026-11-23")).description == "2026-Q3")
        #expect(Quarter.lastEnded(before: try date("2025-01-01")).description == "2024-Q4")
    }
}
