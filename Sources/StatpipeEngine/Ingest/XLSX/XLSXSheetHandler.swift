/// Turns the XML events of a worksheet into rows of cell text for an ``XLSXRowSink``.
///
/// Rows are numbered by their `r` attribute: a row the sheet leaves out is a blank row
/// (reported as such), and within a row a column the sheet leaves out is an empty cell
/// (`A2`, `C2` → `a`, ``, `c`). Trailing empty cells are dropped; the sink pads to the
/// header. Rows and cells must come in ascending order, as every spreadsheet program
/// writes them, so a row's number is never ambiguous.
///
/// Once the sink wants no more rows the handler only skims (checking the XML and reporting
/// merged ranges), so one pass can find the header and still see `<mergeCells>`, which
/// comes after the sheet's data.
struct XLSXSheetHandler<Sink: XLSXRowSink>: XMLEventHandler {
    /// Where rows go.
    var sink: Sink
    private let decoder: XLSXCellDecoder
    /// The sheet as messages name it (`book.xlsx#Sheet1`).
    private let file: String
    private let limits: XLSXReadLimits

    private var inSheetData = false
    /// The number of the row being read, nil between rows.
    private var row: Int?
    private var lastRow = 0
    /// The current row's cell texts up to its last non-empty cell.
    private var cells: [String] = []
    private var rowBytes = 0
    private var lastColumn = 0
    /// The column of the cell being read, nil between cells.
    private var column: Int?
    private var cell = XLSXCellDecoder.Cell()
    private var inValue = false
    private var inInlineString = false
    private var inlineText = XLSXRichTextCollector()

    init(sink: Sink, decoder: XLSXCellDecoder, file: String, limits: XLSXReadLimits) {
        self.sink = sink
        self.decoder = decoder
        self.file = file
        self.limits = limits
    }

    mutating func startElement(_ tag: XMLStartTag) throws {
        if inInlineString { return inlineText.startElement(tag.name) }
        switch tag.name {
        case "sheetData":
            inSheetData = true
        case "row" where inSheetData && sink.wantsRows:
            try startRow(tag.attribute("r"))
        case "c" where row != nil:
            try startCell(tag)
        case "v" where column != nil:
            inValue = true
            cell.value = []
        case "f" where column != nil:
            cell.hasFormula = true
        case "is" where column != nil:
            inInlineString = true
            inlineText.reset()
        case "mergeCell":
            guard let reference = tag.attribute("ref"), let range = XLSXCellRange(reference) else {
                throw XLSXReadError(.malformed, file: file, "a merged range with no valid ref")
            }
            try sink.merged(range)
        default:
            break
        }
    }

    mutating func endElement(_ name: XMLName) throws {
        if inInlineString {
            guard name.matches("is") else { return inlineText.endElement(name) }
            inInlineString = false
            cell.inlineText = inlineText.bytes
            return
        }
        switch name {
        case "sheetData":
            inSheetData = false
        case "row" where row != nil:
            try endRow()
        case "c" where column != nil:
            try endCell()
        case "v":
            inValue = false
        default:
            break
        }
    }

    mutating func characters(_ text: UnsafeRawBufferPointer) throws {
        if inValue {
            guard (cell.value?.count ?? 0) + text.count <= limits.maxCellBytes else { throw tooLong() }
            cell.value?.append(contentsOf: text)
        } else if inInlineString {
            guard inlineText.characters(text, limit: limits.maxCellBytes) else { throw tooLong() }
        }
    }

    // MARK: - Rows and cells

    private mutating func startRow(_ reference: String?) throws {
        let number: Int
        if let reference {
            guard let parsed = Int(reference), (1...XLSXCellReference.maxRow).contains(parsed) else {
                throw XLSXReadError(.malformed, file: file, line: lastRow + 1, "row number '\(reference)' is not valid")
            }
            number = parsed
        } else {
            number = lastRow + 1
        }
        guard number > lastRow else {
            throw XLSXReadError(
                .malformed, file: file, line: number, "row \(number) comes after row \(lastRow); rows must be in order")
        }
        if number > lastRow + 1 { try sink.blankRows((lastRow + 1)...(number - 1)) }
        row = number
        lastRow = number
        cells.removeAll(keepingCapacity: true)
        rowBytes = 0
        lastColumn = 0
    }

    private mutating func endRow() throws {
        guard let row else { return }
        self.row = nil
        // Rows the sink no longer wants (it may have just found its header) end its part.
        if sink.wantsRows { try sink.row(row, cells: cells) }
    }

    private mutating func startCell(_ tag: XMLStartTag) throws {
        guard let row else { return }
        var number = lastColumn + 1
        if let reference = tag.attribute("r") {
            guard let parsed = XLSXCellReference.parse(reference), parsed.row == row || parsed.row == 0 else {
                throw XLSXReadError(
                    .malformed, file: file, line: row, "cell reference '\(reference)' is not in row \(row)")
            }
            number = parsed.column
        }
        guard number > lastColumn, number <= XLSXCellReference.maxColumn else {
            throw XLSXReadError(
                .malformed, file: file, line: row, column: number,
                "cell \(XLSXCellReference.name(column: min(number, XLSXCellReference.maxColumn), row: row)) "
                    + "is out of order in its row")
        }
        let typeName = tag.attribute("t")
        guard let type = XLSXCellDecoder.CellType(attribute: typeName) else {
            throw XLSXReadError(
                .malformed, file: file, line: row, column: number, "unknown cell type '\(typeName ?? "")'")
        }
        column = number
        lastColumn = number
        cell = XLSXCellDecoder.Cell(type: type, style: tag.attribute("s").flatMap { Int($0) } ?? 0)
    }

    private mutating func endCell() throws {
        guard let row, let column else { return }
        self.column = nil
        inValue = false
        let text: String
        do {
            text = try decoder.text(of: cell)
        } catch {
            throw XLSXReadError(
                .malformed, file: file, line: row, column: column,
                "cell \(XLSXCellReference.name(column: column, row: row)): \(error.message)")
        }
        guard !text.isEmpty else { return }
        rowBytes += text.utf8.count
        guard rowBytes <= limits.maxRowBytes else {
            throw XLSXReadError(
                .malformed, file: file, line: row,
                "row \(row) holds more than \(limits.maxRowBytes) bytes of text; refused")
        }
        if cells.count < column - 1 { cells.append(contentsOf: repeatElement("", count: column - 1 - cells.count)) }
        cells.append(text)
    }

    private func tooLong() -> XLSXReadError {
        var place = "a cell"
        if let row, let column { place = "cell " + XLSXCellReference.name(column: column, row: row) }
        return XLSXReadError(
            .malformed, file: file, line: row, column: column,
            "\(place) holds more than \(limits.maxCellBytes) bytes of text; refused")
    }
}
