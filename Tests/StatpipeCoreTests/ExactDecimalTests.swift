import StatpipeCore
import Testing

struct ExactDecimalTests {
    @Test func parsesPlainAndLocalizedDecimals() {
        #expect(ExactDecimal(parsing: "1234.50")?.description == "1234.50")
        #expect(ExactDecimal(parsing: "-0.125")?.description == "-0.125")
        #expect(ExactDecimal(parsing: "1.234,5", format: NumberFormat(decimalMark: ",", groupMark: "."))?.description == "1234.5")
        #expect(ExactDecimal(parsing: "12,5", format: NumberFormat(decimalMark: ","))?.description == "12.5")
        #expect(ExactDecimal(parsing: "1,234.5", format: NumberFormat(groupMark: ","))?.description == "1234.5")
    }

    @Test(arguments: ["", "-", ".", "1e5", "1.2.3", "12.5x", "1 000", ",5", "+-1", "١٢"])
    func rejectsWhatIsNotAPlainDecimal(text: String) {
        #expect(ExactDecimal(parsing: text) == nil)
    }

    @Test func arithmeticAndComparisonAreExact() throws {
        let a = try #require(ExactDecimal(parsing: "0.1"))
        let b = try #require(ExactDecimal(parsing: "0.2"))
        #expect((a + b) == ExactDecimal(parsing: "0.3"))
        #expect((a - b).description == "-0.1")
        #expect(a < b)
        #expect(ExactDecimal(parsing: "1.50") == ExactDecimal(parsing: "1.5"))
        #expect(Set([ExactDecimal(parsing: "1.50"), ExactDecimal(parsing: "1.5")]).count == 1)
    }
}

struct DecimalRoundingTests {
    @Test func roundsHalfAwayFromZeroOnceExactly() {
        // SPEC §5: 80 → 80.1 is +0.125% and prints 0.13 (a Double prints 0.12); 40 → 39.95 prints -0.13.
        #expect(DecimalRounding.quotient(100 * (801 - 800), 800, places: 2) == "0.13")
        #expect(DecimalRounding.quotient(100 * (3995 - 4000), 4000, places: 2) == "-0.13")
        #expect(DecimalRounding.quotient(-1, 1000, places: 2) == "0.00")
        #expect(DecimalRounding.quotient(2, 3, places: 3) == "0.667")
        #expect(DecimalRounding.quotient(-2, 3, places: 0) == "-1")
    }

    @Test func roundsDecimalsToPlaces() throws {
        #expect(DecimalRounding.rounded(try #require(ExactDecimal(parsing: "2.0005")), places: 3) == "2.001")
        #expect(DecimalRounding.rounded(try #require(ExactDecimal(parsing: "-2.0005")), places: 3) == "-2.001")
        #expect(DecimalRounding.rounded(try #require(ExactDecimal(parsing: "7")), places: 3) == "7.000")
        #expect(DecimalRounding.rounded(try #require(ExactDecimal(parsing: "-0.0004")), places: 3) == "0.000")
    }
}
