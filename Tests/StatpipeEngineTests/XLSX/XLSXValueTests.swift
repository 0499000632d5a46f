import Testing

@testable import StatpipeEngine

/// Numbers, dates and escapes: the rules that turn stored values into CSV text.
struct XLSXValueTests {
    @Test(
        arguments: [
            (0.1, "0.1"), (1234.5, "1234.5"), (100, "100"), (-0.0, "0"), (0, "0"), (1e-05, "0.00001"),
            (1.5e20, "150000000000000000000"), (-2.5e-7, "-0.00000025"), (123_456_789_012_345, "123456789012345"),
            (0.1 + 0.2, "0.3"), (1.0 / 3.0, "0.333333333333333"), (73.88, "73.88"), (9.932, "9.932"),
            (1e300, "1" + String(repeating: "0", count: 300)),
            (5e-324, "0." + String(repeating: "0", count: 323) + "5"),
        ] as [(Double, String)])
    func numbersArePlainDecimalsWithoutFloatNoise(value: Double, text: String) {
        #expect(XLSXPlainNumber.text(value) == text)
    }

    @Test func aDecimalCommaIsUsedWhenAsked() {
        #expect(XLSXPlainNumber.text(-1234.5, decimalMark: UInt8(ascii: ",")) == "-1234,5")
    }

    @Test(
        arguments: [
            (1, false, "1900-01-01"), (59, false, "1900-02-28"), (60, false, "1900-02-29"), (61, false, "1900-03-01"),
            (45747, false, "2025-03-31"), (45747.999, false, "2025-03-31"), (45747.99999999999, false, "2025-04-01"),
            (2_958_465, false, "9999-12-31"), (0, true, "1904-01-01"), (44285, true, "2025-03-31"),
            (1, true, "1904-01-02"),
        ] as [(Double, Bool, String)])
    func serialsBecomeISODates(serial: Double, uses1904: Bool, date: String) {
        #expect(XLSXSerialDate.isoDate(serial, uses1904: uses1904) == date)
    }

    @Test(arguments: [(0, false), (-1, false), (2_958_466, false), (-1, true), (2_957_004, true)] as [(Double, Bool)])
    func serialsNoDateShowsStayNumbers(serial: Double, uses1904: Bool) {
        #expect(XLSXSerialDate.isoDate(serial, uses1904: uses1904) == nil)
    }

    @Test(arguments: [
        ("dd/mm/yyyy", true), ("d-mmm-yy", true), ("mmmm", true), ("yyyy-mm-dd hh:mm", true),
        ("[$-42A]dd/mm/yyyy", true),
        ("d/m/yyyy;@", true), ("h:mm", false), ("mm:ss", false), ("[h]:mm:ss", false), ("h:mm AM/PM", false),
        ("General", false), ("0.00", false), ("#,##0 \"dồng\"", false), ("0.00E+00", false), ("#,##0\\ \"d\"", false),
        ("_-* #,##0_-;-* #,##0_-", false), ("[Red]0.0", false), ("#,##0 [$₫-42A]", false), ("@", false),
    ])
    func customFormatsAreDatesByTheirTokens(code: String, isDate: Bool) {
        #expect(XLSXDateFormatRule.isDate(code: code) == isDate)
    }

    @Test func builtInFormatsAreDatesButNotTimes() {
        for id in [14, 15, 16, 17, 22] { #expect(XLSXDateFormatRule.isDate(id: id, code: nil), "\(id)") }
        for id in [0, 1, 2, 9, 10, 18, 19, 20, 21, 45, 46, 47, 49] {
            #expect(!XLSXDateFormatRule.isDate(id: id, code: nil), "\(id)")
        }
        // A workbook may redefine a built-in id with a code of its own.
        #expect(!XLSXDateFormatRule.isDate(id: 14, code: "0.00"))
    }

    @Test func spreadsheetEscapesAreDecoded() {
        func unescaped(_ text: String) -> String {
            String(decoding: XLSXText.unescaped(Array(text.utf8)), as: UTF8.self)
        }
        #expect(unescaped("line_x000D_\nnext") == "line\r\nnext")
        #expect(unescaped("_x005F_x0041_") == "_x0041_")
        #expect(unescaped("a_x0000_b") == "a_x0000_b")
        #expect(unescaped("_xZZZZ_ and _x41_") == "_xZZZZ_ and _x41_")
        #expect(unescaped("plain") == "plain")
    }

    @Test func cellReferences() {
        func reference(_ text: String) -> [Int]? { XLSXCellReference.parse(text).map { [$0.column, $0.row] } }
        #expect(reference("A1") == [1, 1])
        #expect(reference("$AB$12") == [28, 12])
        #expect(reference("XFD1048576") == [16_384, 1_048_576])
        #expect(reference("C") == [3, 0])
        for bad in ["", "1A", "A0", "XFE1", "A1048577", "A-1", "A1B"] {
            #expect(XLSXCellReference.parse(bad) == nil, "\(bad)")
        }
        #expect(XLSXCellReference.name(column: 28, row: 3) == "AB3")
        #expect(XLSXCellRange("B2:A1")?.description == "A1:B2")
        #expect(XLSXCellRange("C4")?.isMerge == false)
    }

    @Test func relationshipTargetsResolveInsideThePackage() {
        #expect(
            XLSXRelationships.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXRelationships.resolve("/xl/styles.xml", from: "xl/workbook.xml") == "xl/styles.xml")
        #expect(XLSXRelationships.resolve("../docProps/app.xml", from: "xl/workbook.xml") == "docProps/app.xml")
        #expect(XLSXRelationships.resolve("./a/../b.xml", from: "xl/workbook.xml") == "xl/b.xml")
        #expect(XLSXRelationships.resolve("../../etc/passwd", from: "xl/workbook.xml") == nil)
        #expect(XLSXRelationships.partName(for: "") == "_rels/.rels")
        #expect(XLSXRelationships.partName(for: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
    }

    @Test func unsafeEntryPaths() {
        for safe in ["xl/workbook.xml", "[Content_Types].xml", "xl/media/image..png"] {
            #expect(XLSXPackageReader.unsafePathProblem(safe) == nil, "\(safe)")
        }
        for unsafe in ["/etc/passwd", "../evil", "xl/../../evil", "xl\\..\\evil", "C:/evil", "a\u{0}b"] {
            #expect(XLSXPackageReader.unsafePathProblem(unsafe) != nil, "\(unsafe)")
        }
    }
}
