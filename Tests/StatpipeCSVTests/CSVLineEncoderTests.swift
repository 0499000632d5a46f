import StatpipeCSV
import Testing

struct CSVLineEncoderTests {
    @Test func quotesOnlyWhatMustBeQuoted() {
        #expect(CSVLineEncoder.encode(["a", "b,c", "say \"hi\"", "x\ny", ""]) == "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\",")
        #expect(CSVLineEncoder.encode(["a;b", "c"], delimiter: .semicolon) == "\"a;b\";c")
    }
}
