import Foundation
import StatpipeEngine
import StatpipeTestSupport
import Testing

/// Value types, styles and layouts planted one by one in small workbooks.
struct XLSXWorkbookTests {
    static func rows(_ workbook: XLSXTestWorkbook, sheet: String? = nil) throws -> (
        header: [String], rows: [[String]], blank: Int
    ) {
        let directory = try TemporaryDirectory()
        let (reader, rows) = try XLSXReaderTests.records(try workbook.write(in: directory), sheet: sheet)
        return (reader.header, rows.map(\.cells), reader.blankRows)
    }

    @Test func everyCellTypeAndStyle() throws {
        var workbook = XLSXTestWorkbook(sheets: [
            (
                "Data",
                """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>c</t></is></c>\
                <c r="D1" t="str"><v>d</v></c><c r="E1" t="inlineStr"><is><r><t>e</t></r><r><t xml:space="preserve">1 </t></r></is></c>\
                <c r="F1" t="s"><v>2</v></c><c r="G1" t="s"><v>3</v></c><c r="H1" t="s"><v>4</v></c></row>
                <row r="2"><c r="A2" s="1"><v>45747</v></c><c r="B2" s="2"><v>45748.5</v></c><c r="C2" s="3"><v>0.5</v></c>\
                <c r="D2" s="4"><v>1234.5</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
                <c r="G2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="H2" t="d"><v>2025-03-31T00:00:00</v></c></row>
                <row r="3"><c r="A3" t="s"><v>5</v></c><c r="B3" t="inlineStr"><is><t>x_x000D_y</t></is></c>\
                <c r="C3" t="str"><f>""</f><v></v></c><c r="D3"><f>D2*2</f><v>2469</v></c><c r="E3" t="b"><v>0</v></c>\
                <c r="F3" t="n"><v> 1E-3\n</v></c><c r="G3" s="99"><v>45747</v></c><c r="H3" t="s"><v>6</v></c></row>
                """
            )
        ])
        workbook.sharedStrings = [
            "<si><t>date</t></si>", "<si><t>builtin</t></si>", "<si><t>f</t></si>", "<si><t>g</t></si>",
            "<si><t>h</t></si>", "<si><t>052</t></si>",
            // Decomposed Vietnamese, as some programs write it, reads back composed (NFC).
            "<si><t>Lu\u{031B}o\u{031B}\u{0300}ng</t></si>",
        ]
        workbook.styles = XLSXTestWorkbook.dateStyles
        let result = try Self.rows(workbook)
        #expect(result.header == ["date", "builtin", "c", "d", "e1 ", "f", "g", "h"])
        #expect(
            result.rows == [
                ["2025-03-31", "2025-04-01", "0.5", "1234.5", "TRUE", "#DIV/0!", "ab", "2025-03-31"],
                ["052", "x\ry", "", "2469", "FALSE", "0.001", "45747", "Lường"],
            ])
    }

    @Test func rowAndColumnGapsAndBlankRowsBeforeTheHeader() throws {
        let workbook = XLSXTestWorkbook(sheets: [
            (
                "Data",
                """
                <row r="2"><c r="B2" s="0"/></row>\
                <row r="3"><c r="A3" t="inlineStr"><is><t>a</t></is></c><c r="C3" t="inlineStr"><is><t>c</t></is></c></row>\
                <row r="4"><c r="C4"><v>3</v></c></row><row r="7"><c r="A7"><v>1</v></c><c r="D7"><v>4</v></c></row>\
                <row><c><v>5</v></c><c><v>6</v></c></row>
                """
            )
        ])
        let result = try Self.rows(workbook)
        // Row 1 (absent) and row 2 (a styled empty cell) are blank; row 3 is the header with
        // its middle label empty; rows 5 and 6 are absent; the last row has no `r` (row 8).
        #expect(result.header == ["a", "", "c"])
        #expect(result.rows == [["", "", "3"], ["1", "", "", "4"], ["5", "6", ""]])
        #expect(result.blank == 4)
    }

    @Test func prefixedElementsAndTheSecondSheet() throws {
        let strict = """
            <?xml version="1.0" encoding="UTF-8"?>
            <x:worksheet xmlns:x="\(XLSXTestWorkbook.mainNamespace)"><x:sheetData>\
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>k</x:t></x:is></x:c></x:row>\
            <x:row r="2"><x:c r="A2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>
            """
        let workbook = XLSXTestWorkbook(sheets: [
            ("First", #"<row r="1"><c r="A1"><v>1</v></c></row>"#), ("Sổ 2", strict),
        ])
        let result = try Self.rows(workbook, sheet: "Sổ 2")
        #expect(result.header == ["k"])
        #expect(result.rows == [["7"]])
    }

    @Test func mergedCellsBelowTheHeaderAreHarmless() throws {
        var workbook = XLSXTestWorkbook(sheets: [
            (
                "Data",
                """
                <row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>
                """
            )
        ])
        workbook.afterSheetData = #"<mergeCells count="1"><mergeCell ref="A2:B3"/></mergeCells>"#
        #expect(try Self.rows(workbook).rows == [["3", ""]])
        workbook.afterSheetData = #"<mergeCells count="1"><mergeCell ref="B1:B2"/></mergeCells>"#
        do {
            _ = try Self.rows(workbook)
            Issue.record("expected an error")
        } catch let error as StatpipeError {
            #expect(error.kind == .invalidData)
            #expect(
                error.message.hasSuffix(
                    "#Data:1:2: merged header cells B1:B2: give each column a header cell of its own (unmerge them)"))
        }
    }
}
