/// A workbook to write: worksheets in tab order and an optional document title.
public struct XLSXWorkbook: Sendable, Equatable {
    public let title: String?
    public let sheets: [XLSXWorksheet]

    public init(title: String? = nil, sheets: [XLSXWorksheet]) {
        self.title = title
        self.sheets = sheets
    }
}
