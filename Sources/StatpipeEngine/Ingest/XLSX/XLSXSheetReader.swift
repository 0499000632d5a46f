import Foundation
import StatpipeCSV

/// Streams the rows of one worksheet of an `.xlsx` workbook as records, the way
/// `CSVFileReader` streams a CSV file: header = the first non-blank row, blank rows
/// skipped and counted, cell values as the text the CSV path would give (SPEC §2), row
/// numbers = the sheet's own.
///
/// Opening reads the workbook's small parts (relationships, workbook, styles, shared
/// strings) and makes a first pass over the sheet: it finds the header and checks the
/// sheet's XML to its end, including `<mergeCells>`, which follows the data. Each call of
/// ``forEachRecord(includingBlankRows:_:)`` then unpacks and parses the sheet again,
/// handing records out in batches. Neither pass holds more than a batch of rows; see
/// ``XLSXReadLimits`` for what bounds the rest.
///
/// ```swift
/// let reader = try XLSXSheetReader(path: "book.xlsx", displayPath: "book.xlsx", sheet: "Data")
/// try reader.forEachRecord { record in print(record.line, record.strings()) }
/// ```
final class XLSXSheetReader: TableReader {
    /// `book.xlsx#Sheet1`: the workbook and the sheet, as messages and rejects name them.
    let displayPath: String
    /// Every sheet of the workbook, in tab order.
    let sheetNames: [String]
    private(set) var header: [String] = []
    private(set) var headerLine = 1
    /// Workbooks have no text encoding of their own; `inspect` and the report say `xlsx`.
    var encodingName: String { "xlsx" }
    var delimiterName: String? { nil }
    private(set) var blankRows = 0

    private let package: XLSXPackageReader
    private let sheetPart: String
    private let decoder: XLSXCellDecoder
    /// Whether the records were streamed already.
    private var isRead = false

    /// Opens the workbook at `path` and reads the header of its sheet `sheet` (the first
    /// sheet when nil).
    ///
    /// - Parameters:
    ///   - path: The workbook on disk.
    ///   - displayPath: How messages name the workbook (default: `path`).
    ///   - sheet: The sheet's name, matched exactly or else ignoring case (sheet names are
    ///     unique regardless of case).
    ///   - decimalMark: The decimal mark numbers are written with.
    ///   - chunkSize: The unpacking step; tests shrink it.
    ///   - limits: The bounds the workbook must respect.
    /// - Throws: ``XLSXReadError``: `unreadable` for I/O failures, `unknownSheet` when no
    ///   sheet is named `sheet`, `malformed` for everything else.
    init(
        path: String,
        displayPath: String? = nil,
        sheet: String? = nil,
        decimalMark: UInt8 = UInt8(ascii: "."),
        chunkSize: Int = CSVReadOptions.defaultChunkSize,
        limits: XLSXReadLimits = .standard
    ) throws(XLSXReadError) {
        let name = displayPath ?? path
        package = try XLSXPackageReader(path: path, displayPath: name, limits: limits, chunkSize: chunkSize)
        do {
            let root = try XLSXRelationships.read(for: "", in: package)
            let workbookPart = root.first("officeDocument")?.part ?? "xl/workbook.xml"
            guard package.contains(workbookPart) else {
                throw XLSXReadError(.malformed, file: name, "not an .xlsx workbook: the zip has no \(workbookPart)")
            }
            let workbook = try XLSXWorkbookPart.read(workbookPart, in: package)
            sheetNames = workbook.sheets.map(\.name)
            let chosen = try Self.choose(sheet, in: workbook.sheets, file: name)
            let relationships = try XLSXRelationships.read(for: workbookPart, in: package)
            guard let target = relationships.byID[chosen.relationshipID], let part = target.part,
                package.contains(part)
            else {
                throw XLSXReadError(.malformed, file: name, "sheet '\(chosen.name)' has no part in the workbook")
            }
            guard target.kind == "worksheet" else {
                throw XLSXReadError(
                    .malformed, file: name, "sheet '\(chosen.name)' is a \(target.kind), not a worksheet")
            }
            sheetPart = part
            decoder = XLSXCellDecoder(
                sharedStrings: try Self.readPart(
                    relationships, "sharedStrings", in: package, XLSXSharedStringTable.read)
                    ?? XLSXSharedStringTable(),
                styles: try Self.readPart(relationships, "styles", in: package, XLSXStyleTable.read)
                    ?? XLSXStyleTable(),
                uses1904: workbook.usesDate1904,
                decimalMark: decimalMark
            )
            self.displayPath = "\(name)#\(chosen.name)"
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw XLSXReadError(.malformed, file: name, "\(error)")
        }
        try readHeader()
    }

    /// Calls `body` with each data record after the header, in sheet order.
    ///
    /// Blank rows (rows the sheet leaves out, or whose cells are all empty) are counted in
    /// ``blankRows`` and skipped unless `includingBlankRows` asks for them. Records are
    /// padded with empty cells to the header's width, as a sheet leaves trailing empty
    /// cells out. A second call reads nothing, as the CSV reader's does.
    ///
    /// - Throws: `CSVReadError` for a malformed sheet, naming the row and column (records
    ///   before the problem have been handed over), or whatever `body` throws.
    func forEachRecord(includingBlankRows: Bool, _ body: (CSVRecord) throws -> Void) throws {
        guard !isRead else { return }
        isRead = true
        try withoutActuallyEscaping(body) { body in
            let sink = XLSXRecordSink(
                headerLine: headerLine, width: header.count, includingBlankRows: includingBlankRows, body: body)
            var handler = XLSXSheetHandler(sink: sink, decoder: decoder, file: displayPath, limits: package.limits)
            defer { blankRows += handler.sink.blankRows }
            do {
                try package.parse(sheetPart, limit: package.limits.maxSheetBytes, into: &handler)
            } catch let error as XLSXReadError {
                try handler.sink.flush()
                throw error.csvReadError
            }
            try handler.sink.flush()
        }
    }

    /// The first pass: the header, the blank rows before it, and the sheet checked to its end.
    private func readHeader() throws(XLSXReadError) {
        let sink = XLSXHeaderSink(file: displayPath)
        var handler = XLSXSheetHandler(sink: sink, decoder: decoder, file: displayPath, limits: package.limits)
        do {
            try package.parse(sheetPart, limit: package.limits.maxSheetBytes, into: &handler)
        } catch let error as XLSXReadError {
            throw error
        } catch {
            throw XLSXReadError(.malformed, file: displayPath, "\(error)")
        }
        guard let found = handler.sink.header else {
            throw XLSXReadError(.malformed, file: displayPath, "empty sheet: no header row")
        }
        header = found.cells
        headerLine = found.line
        blankRows = handler.sink.blankRows
    }

    /// The sheet named `name` (exactly, else ignoring case), or the first sheet.
    private static func choose(
        _ name: String?,
        in sheets: [XLSXWorkbookPart.Sheet],
        file: String
    ) throws(XLSXReadError) -> XLSXWorkbookPart.Sheet {
        guard let first = sheets.first else {
            throw XLSXReadError(.malformed, file: file, "the workbook has no sheets")
        }
        guard let name else { return first }
        let wanted = name.precomposedStringWithCanonicalMapping
        if let exact = sheets.first(where: { $0.name == wanted }) { return exact }
        if let folded = sheets.first(where: { $0.name.lowercased() == wanted.lowercased() }) { return folded }
        let names = sheets.map { "'\($0.name)'" }.joined(separator: ", ")
        throw XLSXReadError(.unknownSheet, file: file, "no sheet named '\(name)'; the workbook has \(names)")
    }

    /// Reads the workbook's part of relationship `kind` with `read`, or nil when there is none.
    private static func readPart<Part>(
        _ relationships: XLSXRelationships,
        _ kind: String,
        in package: XLSXPackageReader,
        _ read: (String, XLSXPackageReader) throws -> Part
    ) throws -> Part? {
        guard let part = relationships.first(kind)?.part, package.contains(part) else { return nil }
        return try read(part, package)
    }
}
