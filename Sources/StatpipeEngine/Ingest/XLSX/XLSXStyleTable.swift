/// Which cell styles (`s="N"`, an index into `<cellXfs>` of `xl/styles.xml`) show dates.
struct XLSXStyleTable {
    /// For each cell format, whether its number format is a date.
    private var dateStyles: [Bool] = []

    /// No styles: every number is a number (a workbook without a styles part).
    init() {}

    /// Whether cells of style `index` hold dates; unknown indexes are General.
    func isDate(style index: Int) -> Bool {
        dateStyles.indices.contains(index) && dateStyles[index]
    }

    /// Reads the styles part `name`.
    static func read(_ name: String, in package: XLSXPackageReader) throws -> XLSXStyleTable {
        var handler = Handler()
        try package.parse(name, limit: package.limits.maxMetadataBytes, into: &handler)
        var table = XLSXStyleTable()
        table.dateStyles = handler.formatIDs.map { id in
            XLSXDateFormatRule.isDate(id: id, code: handler.customFormats[id])
        }
        return table
    }

    /// Collects `<numFmts>` codes and the number format of each `<cellXfs>` entry (not of
    /// `<cellStyleXfs>`, nor the `<numFmt>`s of differential formats).
    private struct Handler: XMLEventHandler {
        var customFormats: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inNumberFormats = false
        var inCellFormats = false

        mutating func startElement(_ tag: XMLStartTag) throws {
            switch tag.name {
            case "numFmts": inNumberFormats = true
            case "cellXfs": inCellFormats = true
            case "numFmt" where inNumberFormats:
                if let id = tag.attribute("numFmtId").flatMap({ Int($0) }), let code = tag.attribute("formatCode") {
                    customFormats[id] = code
                }
            case "xf" where inCellFormats:
                formatIDs.append(tag.attribute("numFmtId").flatMap { Int($0) } ?? 0)
            default: break
            }
        }

        mutating func endElement(_ name: XMLName) throws {
            switch name {
            case "numFmts": inNumberFormats = false
            case "cellXfs": inCellFormats = false
            default: break
            }
        }

        mutating func characters(_ text: UnsafeRawBufferPointer) throws {}
    }
}
