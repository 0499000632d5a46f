import StatpipeCore
import Testing

/// Hand-worked cases for OCOP counts, timeline and re-evaluation compliance (SPEC §5).
struct OcopTablesTests {
    static let q1 = Quarter(year: 2025, number: 1)!
    static let areas = AreaList(province: Province(code: "17", name: "P"), districts: [Area(code: "148", name: "A"), Area(code: "150", name: "B")])

    private func date(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    private func product(_ id: String, district: String = "148", stars: Int = 3, certified: String, expires: String? = nil) -> OcopProduct {
        let certifiedOn = date(certified)
        return OcopProduct(id: id, name: "N\(id)", producer: "P\(id)", district: district, category: "food", stars: stars,
                           certifiedOn: certifiedOn, expiresOn: expires.map(date) ?? certifiedOn.addingMonths(36))
    }

    private func register(_ products: [OcopProduct], _ events: [(String, String, String, Int?)]) -> OcopRegister {
        var register = OcopRegister()
        products.forEach { register.add($0) }
        events.forEach { register.add(OcopEvent(productID: $0.0, date: date($0.1), result: $0.2, starsAfter: $0.3)) }
        register.seal()
        return register
    }

    private func column(_ table: SummaryTable, _ name: String) -> [String] {
        let index = table.columns.firstIndex(of: name)!
        return table.rows.map { $0[index].text }
    }

    @Test func inForceAndStarsOnADate() {
        let register = register([
            product("EXP", certified: "2022-01-01", expires: "2025-01-01"),  // expires on the quarter's first day
            product("REV", certified: "2023-01-01"),
            product("UPG", certified: "2023-01-01"),
        ], [
            ("REV", "2025-03-31", "revoked", nil),  // revoked on the as-of date
            ("UPG", "2025-02-01", "upgraded", 4),
            ("UPG", "2025-04-15", "downgraded", 3),  // after the as-of date: ignored
        ])
        let counts = OcopTables.counts(register: register, areas: Self.areas, categories: ["food"], asOf: date("2025-03-31"))
        let all = counts.rows.first { $0[3] == .text("all") }!
        #expect(all.map(\.text) == ["2025-03-31", "17", "P", "all", "0", "1", "0", "1"])
        #expect(register.isInForce(register.products[1], on: date("2025-03-30")))
        #expect(!register.isInForce(register.products[0], on: date("2025-01-01")))
    }

    @Test func complianceCountsOnlyWhatWasOwedAndTheLatestResult() {
        let register = register([
            product("A", certified: "2024-01-10"),                  // re-evaluated twice: the latest (downgraded) counts
            product("B", certified: "2025-01-01"),                  // certified on the first day: owes nothing yet
            product("C", district: "150", stars: 4, certified: "2024-05-05"),  // never re-evaluated: overdue
            product("D", certified: "2022-01-01", expires: "2025-01-01"),       // expired on the first day: not owed
            product("E", district: "150", certified: "2024-06-01"),  // evaluated after the as-of date only: overdue
        ], [
            ("A", "2024-12-01", "maintained", 3), ("A", "2025-01-20", "upgraded", 4), ("A", "2025-03-01", "downgraded", 3),
            ("E", "2024-10-01", "maintained", 3), ("E", "2025-03-20", "maintained", 3),
        ])
        let tables = ComplianceTables(register: register, areas: Self.areas, period: Self.q1, asOf: date("2025-03-15"))
        #expect(tables.compliance.rows.map { $0.map(\.text) } == [
            ["2025-Q1", "17", "3", "1", "2", "33.33", "0", "0", "1", "0", "100.00"],
            ["2025-Q1", "148", "1", "1", "0", "100.00", "0", "0", "1", "0", "100.00"],
            ["2025-Q1", "150", "2", "0", "2", "0.00", "0", "0", "0", "0", ""],
        ])
        #expect(tables.overdue.rows.map { $0.map(\.text) } == [
            ["2025-Q1", "150", "C", "NC", "PC", "4", "2024-05-05", "", "314"],
            ["2025-Q1", "150", "E", "NE", "PE", "3", "2024-06-01", "2024-10-01", "165"],
        ])
    }

    @Test func timelineRunsFromTheFirstYearToTheAsOfDate() {
        let register = register([
            product("A", certified: "2019-06-01"),
            product("B", district: "150", certified: "2021-03-01"),
            product("C", certified: "2025-05-01"),  // after as-of: not counted
        ], [])
        let timeline = OcopTables.timeline(register: register, areas: Self.areas, asOf: date("2025-03-31"))
        #expect(column(timeline, "year").prefix(7) == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"])
        #expect(timeline.rows.count == 21)
        let province = timeline.rows.prefix(7).map { $0.map(\.text) }
        #expect(province[0] == ["17", "2019", "1", "1", "1"])
        #expect(province[2] == ["17", "2021", "1", "2", "2"])
        #expect(province[5] == ["17", "2024", "0", "2", "0"])  // A expired 2022-06-01, B 2024-03-01
        #expect(province[6] == ["17", "2025", "0", "2", "0"])
        #expect(timeline.rows[7].map(\.text) == ["148", "2019", "1", "1", "1"])
    }

    @Test func areasWithNoProductsHaveZeroCountsAndEmptyPercentages() {
        let tables = ComplianceTables(register: OcopRegister(), areas: Self.areas, period: Self.q1, asOf: date("2025-03-31"))
        #expect(tables.compliance.rows[2].map(\.text) == ["2025-Q1", "150", "0", "0", "0", "", "0", "0", "0", "0", ""])
    }
}
