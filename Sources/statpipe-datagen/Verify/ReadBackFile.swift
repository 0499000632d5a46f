import Foundation
import StatpipeCSV
import StatpipeCore
import StatpipeEngine

/// A file read back from disk as SPEC §2 describes. A CSV file is decoded, its delimiter sniffed
/// and its records split with their physical line numbers, blank rows set apart, independently of
/// the writing code. A workbook is read with statpipe's own reader (`TableOpener`), from the sheet
/// the pipeline names: there is no second XLSX reader to check it against.
struct ReadBackFile {
    /// One record with the line it starts on.
    struct Record {
        /// The physical line the record starts on (header = 1); a workbook's sheet row.
        let line: Int
        let cells: [String]
    }

    /// How the file was read.
    enum Source: Equatable {
        /// A CSV file, in the encoding and with the delimiter found by sniffing.
        case csv(encoding: FileEncoding, delimiter: Character)
        /// A workbook's sheet, as statpipe names it (`book.xlsx#Sheet1`).
        case sheet(displayPath: String)
    }

    /// A file statpipe would not read (empty, or broken quoting).
    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    let path: String
    let source: Source
    let header: [String]
    /// Data records, blank rows excluded.
    let records: [Record]
    let blankRows: Int

    /// Reads `file` from under `root` as the pipeline does: a workbook from its data sheet, with the
    /// numbers of `numbers` (the file's `overrides:`); a CSV file by sniffing.
    init(root: URL, file: SampleFile, numbers: NumberFormat) throws {
        switch file.format {
        case .csv:
            try self.init(root: root, path: file.path)
        case .workbook(let layout):
            try self.init(root: root, workbook: file.path, sheet: layout.dataSheet, numbers: numbers)
        }
    }

    /// Reads the CSV file at `path` under `root`.
    init(root: URL, path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(path)))
        let (encoding, text) = try FileEncoding.decode(bytes)
        let delimiter = Self.sniffDelimiter(text)
        var records = try Self.split(text, delimiter: delimiter, path: path)
        guard !records.isEmpty else { throw Malformed(description: "\(path): empty file") }
        self.path = path
        source = .csv(encoding: encoding, delimiter: delimiter)
        header = records.removeFirst().cells
        let isBlank = { (record: Record) in record.cells.allSatisfy(\.isEmpty) }
        self.records = records.filter { !isBlank($0) }
        blankRows = records.count(where: isBlank)
    }

    /// Reads sheet `sheet` of the workbook at `path` under `root` with statpipe's reader.
    init(root: URL, workbook path: String, sheet: String, numbers: NumberFormat) throws {
        let reader = try TableOpener.open(root.appendingPathComponent(path).path, displayPath: path,
                                          options: IngestOptions(sheet: sheet, numberFormat: numbers))
        var records: [Record] = []
        try reader.forEachCheckedRecord { records.append(Record(line: $0.line, cells: $0.strings())) }
        self.path = path
        source = .sheet(displayPath: reader.displayPath)
        header = reader.header
        self.records = records
        blankRows = reader.blankRows
    }

    /// The index of the column carrying `field` (header matched after trimming and case folding).
    func column(of field: String) -> Int? {
        header.firstIndex { $0.trimmingCharacters(in: .whitespaces).lowercased() == field }
    }

    /// The most frequent of `,` `;` tab `|` outside quotes on the header line; `,` when none occurs.
    private static func sniffDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [:]
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes && scalar == "\n" { break }
            let character = Character(scalar)
            if !inQuotes && [",", ";", "\t", "|"].contains(character) { counts[character, default: 0] += 1 }
        }
        return [",", ";", "\t", "|"].max { counts[$0, default: 0] < counts[$1, default: 0] }
            .flatMap { counts[$0, default: 0] > 0 ? $0 : nil } ?? ","
    }

    /// RFC 4180 records, strict about quotes, each with the physical line it starts on.
    private static func split(_ text: String, delimiter: Character, path: String) throws -> [Record] {
        let scalars = Array(text.unicodeScalars)
        var records: [Record] = []
        var cells: [String] = []
        var field = ""
        var index = 0
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldWasQuoted = false
        func endField() {
            cells.append(field)
            field = ""
            fieldWasQuoted = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count && scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty && !fieldWasQuoted else {
                    throw Malformed(description: "\(path):\(line): quote inside an unquoted field")
                }
                inQuotes = true
                fieldWasQuoted = true
            case "\r" where index < scalars.count && scalars[index] == "\n":
                continue
            case "\n":
                endField()
                records.append(Record(line: recordLine, cells: cells))
                cells = []
                line += 1
                recordLine = line
            default:
                if Character(scalar) == delimiter {
                    endField()
                } else {
                    guard !fieldWasQuoted else {
                        throw Malformed(description: "\(path):\(line): text after a closing quote")
                    }
                    field.unicodeScalars.append(scalar)
                }
            }
        }
        guard !inQuotes else { throw Malformed(description: "\(path): unterminated quote") }
        if !field.isEmpty || !cells.isEmpty || fieldWasQuoted {
            endField()
            records.append(Record(line: recordLine, cells: cells))
        }
        return records
    }
}
