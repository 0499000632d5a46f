import StatpipeCore
import Testing

/// Hand-worked cases for the growth formulas of SPEC §5.
struct GrowthTablesTests {
    static let sectors = ["agriculture", "industry", "services", "taxes"]
    static let q1 = Quarter(year: 2025, number: 1)!
    static let previous = Quarter(year: 2024, number: 1)!

    private func decimal(_ text: String) -> ExactDecimal { ExactDecimal(parsing: text)! }

    private func areas(_ codes: [String]) -> AreaList {
        AreaList(province: Province(code: "17", name: "P"), districts: codes.map { Area(code: $0, name: "D\($0)") })
    }

    private func column(_ table: SummaryTable, _ name: String) -> [String] {
        let index = table.columns.firstIndex(of: name)!
        return table.rows.map { $0[index].text }
    }

    @Test func unitRowsAddIntoTheirDistrictAndTiesRankAlike() {
        var sums = GrowthAccumulator()
        // 148: two units in Q1 (40 + 40.1) against 80 → +0.125% → 0.13 (exact, not 0.12).
        sums.add(district: "148", quarter: Self.previous, sector: "industry", constant: decimal("80"), current: decimal("1"))
        sums.add(district: "148", quarter: Self.q1, sector: "industry", constant: decimal("40"), current: decimal("1"))
        sums.add(district: "148", quarter: Self.q1, sector: "industry", constant: decimal("40.1"), current: decimal("1"))
        // 150 and 152 grow exactly alike (+10%) and share rank 1; 148 follows, then 153 (0%).
        for (code, before, now) in [("150", "50", "55"), ("152", "20", "22"), ("153", "10", "10")] {
            sums.add(district: code, quarter: Self.previous, sector: "services", constant: decimal(before), current: nil)
            sums.add(district: code, quarter: Self.q1, sector: "services", constant: decimal(now), current: nil)
        }
        let tables = GrowthTables(period: Self.q1, areas: areas(["148", "150", "152", "153"]), sectors: Self.sectors, sums: sums)
        // Province: 167.1 / 160 = 1.044375.
        #expect(column(tables.byArea, "grdp_constant") == ["167.100", "80.100", "55.000", "22.000", "10.000"])
        #expect(column(tables.byArea, "yoy_growth_pct") == ["4.44", "0.13", "10.00", "10.00", "0.00"])
        #expect(column(tables.byArea, "rank") == ["", "3", "1", "1", "4"])
        #expect(tables.warnings.isEmpty)
        // Shares: 148 has current values for all rows; the province lacks some (the others).
        let shares = column(tables.bySector, "share_current_pct")
        #expect(shares[0..<4] == ["", "", "", ""])
        #expect(shares[4..<8] == ["0.00", "100.00", "0.00", "0.00"])
    }

    @Test func aDistrictMissingQMinusFourEmptiesItsGrowthAndTheProvinceRow() {
        var sums = GrowthAccumulator()
        sums.add(district: "148", quarter: Self.previous, sector: "industry", constant: decimal("100"), current: nil)
        sums.add(district: "148", quarter: Self.q1, sector: "industry", constant: decimal("110"), current: nil)
        sums.add(district: "150", quarter: Self.q1, sector: "industry", constant: decimal("50"), current: nil)
        let tables = GrowthTables(period: Self.q1, areas: areas(["148", "150"]), sectors: Self.sectors, sums: sums)
        #expect(tables.byArea.rows[0].dropFirst(3).map(\.text) == ["", "", "", "", ""])
        #expect(column(tables.byArea, "grdp_constant_prev") == ["", "100.000", ""])
        #expect(column(tables.byArea, "yoy_growth_pct") == ["", "10.00", ""])
        #expect(column(tables.byArea, "rank") == ["", "1", ""])
        #expect(tables.warnings == ["province growth for 2025-Q1 is empty: no accepted economic_accounts rows from 150 (2024-Q1)"])
        #expect(tables.bySector.rows[0...3].allSatisfy { $0.dropFirst(3).allSatisfy { $0 == .undefined } })
        // In a quarter it reported, a sector without rows counts 0.
        #expect(column(tables.bySector, "value_constant")[4] == "0.000")
    }

    @Test func aZeroPreviousValueLeavesGrowthEmptyNotInfinite() {
        var sums = GrowthAccumulator()
        sums.add(district: "148", quarter: Self.previous, sector: "taxes", constant: decimal("0"), current: nil)
        sums.add(district: "148", quarter: Self.q1, sector: "taxes", constant: decimal("5"), current: nil)
        let tables = GrowthTables(period: Self.q1, areas: areas(["148"]), sectors: Self.sectors, sums: sums)
        #expect(column(tables.byArea, "yoy_growth_pct") == ["", ""])
        #expect(column(tables.byArea, "rank") == ["", ""])
        #expect(column(tables.bySector, "contribution_pp")[3] == "")
    }

    @Test func contributionsAddUpToTheTotalAndYTDNeedsEveryQuarter() {
        var sums = GrowthAccumulator()
        let q2 = Quarter(year: 2025, number: 2)!
        for (quarter, agriculture, industry) in [(Self.previous, "60", "40"), (Self.q1, "63", "47"), (q2.advanced(by: -4), "50", "50"), (q2, "55", "55")] {
            sums.add(district: "148", quarter: quarter, sector: "agriculture", constant: decimal(agriculture), current: nil)
            sums.add(district: "148", quarter: quarter, sector: "industry", constant: decimal(industry), current: nil)
        }
        let tables = GrowthTables(period: q2, areas: areas(["148"]), sectors: Self.sectors, sums: sums)
        #expect(column(tables.byArea, "yoy_growth_pct") == ["10.00", "10.00"])
        // (63 + 47 + 55 + 55) / (60 + 40 + 50 + 50) = 1.10
        #expect(column(tables.byArea, "ytd_growth_pct") == ["10.00", "10.00"])
        #expect(column(tables.bySector, "contribution_pp")[4...5] == ["5.00", "5.00"])
        let withoutQ1 = GrowthTables(period: q2, areas: areas(["148"]), sectors: Self.sectors, sums: {
            var partial = GrowthAccumulator()
            partial.add(district: "148", quarter: q2, sector: "industry", constant: decimal("1"), current: nil)
            partial.add(district: "148", quarter: q2.advanced(by: -4), sector: "industry", constant: decimal("1"), current: nil)
            return partial
        }())
        #expect(column(withoutQ1.byArea, "ytd_growth_pct") == ["", ""])
        #expect(withoutQ1.warnings.first?.contains("year-to-date") == true)
    }

    @Test func accumulatorsMergeToTheSameSums() {
        var whole = GrowthAccumulator()
        var first = GrowthAccumulator()
        var second = GrowthAccumulator()
        for (index, value) in ["1.5", "2.25", "3", "4.125"].enumerated() {
            whole.add(district: "148", quarter: Self.q1, sector: "industry", constant: decimal(value), current: decimal(value))
            if index % 2 == 0 {
                first.add(district: "148", quarter: Self.q1, sector: "industry", constant: decimal(value), current: decimal(value))
            } else {
                second.add(district: "148", quarter: Self.q1, sector: "industry", constant: decimal(value), current: decimal(value))
            }
        }
        var merged = second
        merged.merge(first)
        #expect(merged == whole)
    }
}
