import StatpipeCore

/// The `xl/worksheets/sheetN.xml` part of one worksheet.
///
/// Text is an inline string (`t="inlineStr"`), so a sheet is self-contained and the
/// package needs no shared-string table; numbers are `<v>` values styled to show as many
/// decimals as the figure was printed with; undefined figures have no `<c>` at all.
enum XLSXWorksheetXML {
    /// Column widths, in characters, are the longest text plus padding, within these bounds.
    static let minimumWidth = 8
    static let maximumWidth = 60

    /// The part's text; `isSelected` marks the tab a spreadsheet opens on.
    static func xml(_ sheet: XLSXWorksheet, isSelected: Bool) -> String {
        let cells = rows(of: sheet)
        let columnCount = cells.map(\.count).max() ?? 0
        var xml = XLSXPackageParts.declaration
        xml += "<worksheet xmlns=\"\(XLSXPackageParts.mainNamespace)\" "
        xml += "xmlns:r=\"\(XLSXPackageParts.relationshipsNamespace)\">"
        xml += "<dimension ref=\"\(dimension(columns: columnCount, rows: cells.count))\"/>"
        xml += sheetViews(frozenHeader: !sheet.header.isEmpty, isSelected: isSelected)
        xml += "<sheetFormatPr defaultRowHeight=\"15\"/>"
        xml += columns(widths(of: cells, count: columnCount))
        if cells.isEmpty {
            xml += "<sheetData/>"
        } else {
            xml += "<sheetData>"
            for (index, row) in cells.enumerated() {
                xml += self.row(row, number: index + 1, isHeader: index == 0 && !sheet.header.isEmpty)
            }
            xml += "</sheetData>"
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "</worksheet>"
        return xml
    }

    /// The header (as text cells) followed by the data rows.
    private static func rows(of sheet: XLSXWorksheet) -> [[TableCell]] {
        (sheet.header.isEmpty ? [] : [sheet.header.map(TableCell.text)]) + sheet.rows
    }

    /// `A1:H12`, or `A1` for an empty sheet.
    private static func dimension(columns: Int, rows: Int) -> String {
        guard columns > 0, rows > 0 else { return "A1" }
        return "A1:" + XLSXCellReference.cell(column: columns - 1, row: rows)
    }

    private static func sheetViews(frozenHeader: Bool, isSelected: Bool) -> String {
        let selected = isSelected ? " tabSelected=\"1\"" : ""
        guard frozenHeader else { return "<sheetViews><sheetView\(selected) workbookViewId=\"0\"/></sheetViews>" }
        return "<sheetViews><sheetView\(selected) workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
            + "</sheetView></sheetViews>"
    }

    /// One width per column: the longest text shown in it, padded and bounded.
    private static func widths(of rows: [[TableCell]], count: Int) -> [Int] {
        var longest = Array(repeating: 0, count: count)
        for row in rows {
            for (index, cell) in row.enumerated() {
                longest[index] = max(longest[index], shown(cell).count)
            }
        }
        return longest.map { min(max($0 + 2, minimumWidth), maximumWidth) }
    }

    private static func columns(_ widths: [Int]) -> String {
        guard !widths.isEmpty else { return "" }
        var xml = "<cols>"
        for (index, width) in widths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        return xml + "</cols>"
    }

    private static func row(_ cells: [TableCell], number: Int, isHeader: Bool) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = XLSXCellReference.cell(column: index, row: number)
            switch cell {
            case .number(let value) where value.isEmpty:
                continue
            case .number(let value):
                if let decimals = XLSXNumber.decimals(value) {
                    let style = isHeader
                        ? XLSXPackageParts.headerStyle : XLSXPackageParts.numberStyle(decimals: decimals)
                    xml += "<c r=\"\(reference)\"\(styleAttribute(style))><v>\(value)</v></c>"
                } else {
                    // Not a number a spreadsheet can read: keep the file valid by writing it as text.
                    xml += textCell(value, reference: reference, isHeader: isHeader)
                }
            case .text(let value):
                xml += textCell(value, reference: reference, isHeader: isHeader)
            }
        }
        return xml + "</row>"
    }

    private static func textCell(_ value: String, reference: String, isHeader: Bool) -> String {
        let text = SpreadsheetText.guarded(value)
        guard !text.isEmpty else { return "" }
        let style = styleAttribute(isHeader ? XLSXPackageParts.headerStyle : 0)
        // Edge spaces and line breaks would be dropped by readers without xml:space.
        let keepsSpace = text.first?.isWhitespace == true || text.last?.isWhitespace == true
        let space = keepsSpace ? " xml:space=\"preserve\"" : ""
        return "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t\(space)>\(XLSXText.element(text))</t></is></c>"
    }

    private static func styleAttribute(_ style: Int) -> String {
        style == 0 ? "" : " s=\"\(style)\""
    }

    /// What a cell shows, for its column's width.
    private static func shown(_ cell: TableCell) -> String {
        switch cell {
        case .text(let value): return SpreadsheetText.guarded(value)
        case .number(let value): return value
        }
    }
}
