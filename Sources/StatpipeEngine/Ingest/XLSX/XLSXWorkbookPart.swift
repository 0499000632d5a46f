import Foundation

/// What `xl/workbook.xml` says: the sheets in tab order and the date system.
struct XLSXWorkbookPart {
    /// One `<sheet>` entry.
    struct Sheet: Equatable {
        /// The name on the sheet's tab, NFC.
        let name: String
        /// The relationship id of the sheet's part.
        let relationshipID: String
    }

    /// The sheets, in the workbook's order (the order of the tabs).
    private(set) var sheets: [Sheet] = []
    /// Whether dates count days from 1904-01-01 (old Mac Excel) instead of 1900.
    private(set) var usesDate1904 = false

    /// Reads the workbook part `name`.
    ///
    /// - Throws: ``XLSXReadError`` when the part is ill-formed or lists more than
    ///   ``XLSXReadLimits/maxSheets`` sheets.
    static func read(_ name: String, in package: XLSXPackageReader) throws -> XLSXWorkbookPart {
        var handler = Handler(file: package.displayPath, maxSheets: package.limits.maxSheets)
        try package.parse(name, limit: package.limits.maxMetadataBytes, into: &handler)
        return handler.workbook
    }

    private struct Handler: XMLEventHandler {
        let file: String
        let maxSheets: Int
        var workbook = XLSXWorkbookPart()
        var depthInSheets = 0

        mutating func startElement(_ tag: XMLStartTag) throws {
            switch tag.name {
            case "workbookPr":
                let value = tag.attribute("date1904")
                workbook.usesDate1904 = value == "1" || value == "true"
            case "sheets":
                depthInSheets += 1
            case "sheet" where depthInSheets > 0:
                guard workbook.sheets.count < maxSheets else {
                    throw XLSXReadError(
                        .malformed, file: file, "the workbook lists more than \(maxSheets) sheets; refused")
                }
                guard let name = tag.attribute("name"), let id = tag.attribute("id") else {
                    throw XLSXReadError(.malformed, file: file, "a <sheet> in the workbook lacks its name or r:id")
                }
                workbook.sheets.append(Sheet(name: name.precomposedStringWithCanonicalMapping, relationshipID: id))
            default:
                break
            }
        }

        mutating func endElement(_ name: XMLName) throws {
            if name.matches("sheets") { depthInSheets -= 1 }
        }

        mutating func characters(_ text: UnsafeRawBufferPointer) throws {}
    }
}
