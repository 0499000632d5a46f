import Foundation
import StatpipeCSV
import StatpipeTestSupport
import Testing

@testable import StatpipeEngine

/// Hostile and broken workbooks: each refused in one line naming the file, with the exit
/// code's kind, before memory or time can run away.
struct XLSXHostileFileTests {
    /// The error opening `path` (and reading all its records) gives, or nil.
    static func failure(_ path: String, sheet: String? = nil) -> StatpipeError? {
        do {
            let reader = try TableOpener.open(path, options: IngestOptions(sheet: sheet))
            try reader.forEachCheckedRecord { _ in }
            return nil
        } catch {
            return error
        }
    }

    static func failure(_ workbook: XLSXTestWorkbook) throws -> StatpipeError? {
        let directory = try TemporaryDirectory()
        return failure(try workbook.write(in: directory))
    }

    @Test(arguments: [
        (
            "hostile-bomb.xlsx",
            "zip entry 'xl/worksheets/sheet1.xml' unpacks to over 200 times its packed size (a zip bomb?); refused"
        ),
        (
            "hostile-declared-size.xlsx",
            "zip entry 'xl/worksheets/sheet1.xml' unpacks to more than 1 GiB (the limit for this part); refused"
        ),
        ("hostile-traversal.xlsx", "zip entry '../../evil.sh' climbs out of the package with '..'; refused"),
        ("hostile-many-sheets.xlsx", "the workbook lists more than 256 sheets; refused"),
        (
            "hostile-doctype.xlsx",
            "xl/worksheets/sheet1.xml is not well-formed XML: <!DOCTYPE is refused: workbook parts never need a DTD or entity declarations (at byte 38)"
        ),
        ("hostile-not-a-zip.xlsx", "not an .xlsx workbook (not a zip archive)"),
        ("hostile-no-workbook.xlsx", "not an .xlsx workbook: the zip has no xl/workbook.xml"),
        // A deflate stream under which every bit pattern is text never ends by itself; plain
        // ZIPFoundation extraction spins forever on it at the end of the file.
        ("hostile-endless-deflate.xlsx", "zip entry 'xl/worksheets/sheet1.xml' is corrupt (its data does not end)"),
    ])
    func committedHostileFilesAreRefused(name: String, message: String) {
        let path = XLSXTestWorkbook.fixture(name)
        let error = Self.failure(path)
        #expect(error?.kind == .invalidData)
        #expect(error?.message == "\(path): \(message)")
    }

    @Test func limitsAreEnforcedOnRealWorkbooks() throws {
        func refusal(
            _ path: String = XLSXTestWorkbook.fixture("openpyxl-types.xlsx"),
            _ change: (inout XLSXReadLimits) -> Void
        ) -> String? {
            var limits = XLSXReadLimits.standard
            change(&limits)
            do {
                let reader = try XLSXSheetReader(path: path, displayPath: "book.xlsx", limits: limits)
                try reader.forEachRecord(includingBlankRows: false) { _ in }
                return nil
            } catch let error as XLSXReadError {
                return error.description
            } catch let error as CSVReadError {
                return error.description
            } catch {
                return "\(error)"
            }
        }
        #expect(refusal { _ in } == nil)
        #expect(
            refusal { $0.maxSheetBytes = 1_000 }
                == "book.xlsx: zip entry 'xl/worksheets/sheet1.xml' unpacks to more than 1000 bytes (the limit for this part); refused"
        )
        #expect(
            refusal { $0.maxSharedStringsBytes = 100 }?.contains(
                "'xl/sharedStrings.xml' unpacks to more than 100 bytes") == true)
        #expect(
            refusal { $0.maxMetadataBytes = 100 }
                == "book.xlsx: the zip's central directory is larger than 100 bytes; refused")
        #expect(refusal { $0.maxMetadataBytes = 1_000 }?.contains("unpacks to more than 1000 bytes") == true)
        #expect(refusal { $0.maxSheets = 2 } == "book.xlsx: the workbook lists more than 2 sheets; refused")
        #expect(refusal { $0.maxEntries = 5 } == "book.xlsx: the zip holds more than 5 entries; refused")
        #expect(
            refusal { $0.maxCellBytes = 5 }
                == "book.xlsx: xl/sharedStrings.xml: shared string 0 is longer than 5 bytes; refused")
        let directory = try TemporaryDirectory()
        let inline = try XLSXTestWorkbook(sheets: [
            (
                "Data",
                """
                <row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="C2" t="inlineStr"><is><t>0123456789</t></is></c></row>
                """
            )
        ]).write(in: directory)
        #expect(
            refusal(inline) { $0.maxCellBytes = 9 }
                == "book.xlsx#Data:2:3: cell C2 holds more than 9 bytes of text; refused")
        #expect(refusal { $0.maxRowBytes = 20 } == "book.xlsx#Data:1: row 1 holds more than 20 bytes of text; refused")
        #expect(
            refusal {
                $0.ratioGraceBytes = 0
                $0.maxCompressionRatio = 2
            }?.contains("times its packed size") == true)
    }

    @Test func ioProblemsAreIOErrors() throws {
        let directory = try TemporaryDirectory()
        let missing = Self.failure(directory.path("nope.xlsx"))
        #expect(missing?.kind == .io)
        #expect(missing?.message == "\(directory.path("nope.xlsx")): No such file or directory")
        try FileManager.default.createDirectory(
            atPath: directory.path("folder.xlsx"), withIntermediateDirectories: false)
        #expect(Self.failure(directory.path("folder.xlsx"))?.kind == .io)
    }

    @Test func brokenFilesAreInvalidData() throws {
        let directory = try TemporaryDirectory()
        let empty = try directory.write("empty.xlsx", bytes: [])
        #expect(Self.failure(empty)?.message == "\(empty): empty file: not an .xlsx workbook")
        let legacy = try directory.write("old.xlsx", bytes: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        #expect(Self.failure(legacy)?.message.contains("an old .xls or a password-protected workbook") == true)
        let whole = Array(try Data(contentsOf: XLSXTestWorkbook.fixtures.appendingPathComponent("openpyxl-1904.xlsx")))
        let truncated = try directory.write("cut.xlsx", bytes: Array(whole.prefix(whole.count / 2)))
        #expect(Self.failure(truncated)?.message == "\(truncated): not an .xlsx workbook: the zip archive is truncated")
        #expect(Self.failure(truncated)?.kind == .invalidData)
    }

    @Test func aDamagedEntryFailsItsCRC() throws {
        let workbook = XLSXTestWorkbook(sheets: [("Sheet1", #"<row r="1"><c r="A1"><v>1</v></c></row>"#)])
        var bytes = XLSXTestWorkbook.zip(workbook.entries)
        // Turn the stored sheet's `<v>1</v>` into `<v>7</v>`: still XML, no longer the CRC's bytes.
        let marker = Array("<v>1</v>".utf8)
        let at = try #require(
            (0...(bytes.count - marker.count)).first { bytes[$0..<($0 + marker.count)].elementsEqual(marker) })
        bytes[at + 3] = UInt8(ascii: "7")
        let directory = try TemporaryDirectory()
        let path = try directory.write("book.xlsx", bytes: bytes)
        #expect(
            Self.failure(path)?.message
                == "\(path): zip entry 'xl/worksheets/sheet1.xml' is corrupt (size or CRC mismatch)")
    }

    @Test func anUnsupportedCompressionMethodIsNamed() throws {
        let workbook = XLSXTestWorkbook(sheets: [("Sheet1", #"<row r="1"><c r="A1"><v>1</v></c></row>"#)])
        var bytes = XLSXTestWorkbook.zip(workbook.entries)
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        func isSheetHeader(_ at: Int) -> Bool {
            bytes[at..<(at + 4)].elementsEqual(signature) && bytes[(at + 30)..<(at + 30 + name.count)].elementsEqual(name)
        }
        let header = try #require((0..<(bytes.count - 30 - name.count)).first(where: isSheetHeader))
        bytes[header + 8] = 12  // bzip2
        let directory = try TemporaryDirectory()
        let path = try directory.write("book.xlsx", bytes: bytes)
        #expect(
            Self.failure(path)?.message
                == "\(path): zip entry 'xl/worksheets/sheet1.xml': uses compression method 12; only stored and deflate are read"
        )
    }

    @Test func unsafeOrDuplicateEntriesAreRefused() throws {
        for (name, problem) in [
            ("/etc/cron.d/x", "has an absolute path"), ("xl\\..\\x", "has a backslash in its path"),
            ("xl/workbook.xml", "appears twice"),
        ] {
            var workbook = XLSXTestWorkbook(sheets: [("Sheet1", #"<row r="1"><c r="A1"><v>1</v></c></row>"#)])
            workbook.extraEntries = [(name, Array("x".utf8))]
            #expect(try Self.failure(workbook)?.message.hasSuffix("zip entry '\(name)' \(problem); refused") == true)
        }
    }

    @Test(arguments: [
        (
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>"#,
            "#Sheet1:2: row 2 comes after row 3; rows must be in order"
        ),
        (
            #"<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>"#,
            "#Sheet1:1:1: cell A1 is out of order in its row"
        ),
        (#"<row r="1"><c r="A2"><v>1</v></c></row>"#, "#Sheet1:1: cell reference 'A2' is not in row 1"),
        (
            #"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="x"><v>1</v></c></row>"#,
            "#Sheet1:2:1: unknown cell type 'x'"
        ),
        (
            #"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><f>1+1</f></c></row>"#,
            "#Sheet1:2:1: cell A2: a formula without a cached value (the file was written by a program that does not calculate; open it in a spreadsheet program and save it again)"
        ),
        (
            #"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>9</v></c></row>"#,
            "#Sheet1:2:1: cell A2: shared string 9 does not exist or is not UTF-8"
        ),
        (
            #"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>abc</v></c></row>"#,
            "#Sheet1:2:1: cell A2: 'abc' is not a number"
        ),
        (
            #"<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2" t="b"><v>2</v></c></row>"#,
            "#Sheet1:2:2: cell B2: '2' is not a boolean"
        ),
        (#"<row r="1048577"/>"#, "#Sheet1:1: row number '1048577' is not valid"),
        ("", "#Sheet1: empty sheet: no header row"),
        (#"<row r="2"><c r="A2"><v>1</v></c></row>"#, ""),
    ])
    func malformedSheetsNameTheirRowAndColumn(rows: String, message: String) throws {
        let directory = try TemporaryDirectory()
        let path = try XLSXTestWorkbook(sheets: [("Sheet1", rows)]).write(in: directory)
        let error = Self.failure(path)
        if message.isEmpty {
            #expect(error == nil)
        } else {
            #expect(error?.kind == .invalidData)
            #expect(error?.message == path + message)
        }
    }

    @Test func recordsBeforeABadRowAreHandedOverFirst() throws {
        let directory = try TemporaryDirectory()
        let rows =
            #"<row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is></c></row>"#
            + (2...3000).map { #"<row r="\#($0)"><c r="A\#($0)"><v>\#($0)</v></c></row>"# }.joined()
            + #"<row r="3001"><c r="A3001"><v>x</v></c></row>"#
        let path = try XLSXTestWorkbook(sheets: [("Sheet1", rows)]).write(in: directory)
        let reader = try TableOpener.open(path)
        var lines: [Int] = []
        do {
            try reader.forEachRecord { lines.append($0.line) }
            Issue.record("expected an error")
        } catch let error as CSVReadError {
            #expect(error.kind == .malformed)
            #expect(error.line == 3001)
            #expect(error.column == 1)
        }
        #expect(lines == Array(2...3000))
    }

    @Test func aWorkbookWithoutSheetsOrWithAnUnknownOneIsRefused() throws {
        #expect(
            try Self.failure(XLSXTestWorkbook(sheets: []))?.message.hasSuffix(": the workbook has no sheets") == true)
        let directory = try TemporaryDirectory()
        let path = try XLSXTestWorkbook().write(in: directory)
        let error = Self.failure(path, sheet: "Nope")
        #expect(error?.kind == .usage)
        #expect(error?.message == "\(path): no sheet named 'Nope'; the workbook has 'Sheet1'")
    }
}
