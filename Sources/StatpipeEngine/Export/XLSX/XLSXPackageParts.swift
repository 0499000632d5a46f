/// The fixed parts of an XLSX package: content types, relationships, document
/// properties, the workbook and its styles. None carries a timestamp, so the same
/// workbook always gives the same bytes.
enum XLSXPackageParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeMedia = "application/vnd.openxmlformats-officedocument"

    // MARK: - Styles

    /// The cell style (`s`) of header cells: bold.
    static let headerStyle = 1
    /// Number formats `0.0` … `0.000000` have styles 2…7; other numbers use General (style 0).
    static let maximumFixedDecimals = 6

    /// The cell style of a number printed with `decimals` decimals.
    static func numberStyle(decimals: Int) -> Int {
        (1...maximumFixedDecimals).contains(decimals) ? headerStyle + decimals : 0
    }

    static var styles: String {
        let decimals = 1...maximumFixedDecimals
        // Custom number formats start at id 164; lower ids are Excel's built-in formats.
        let formats = decimals.map {
            "<numFmt numFmtId=\"\(163 + $0)\" formatCode=\"0.\(String(repeating: "0", count: $0))\"/>"
        }
        let numberXfs = decimals.map {
            "<xf numFmtId=\"\(163 + $0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        return declaration
            + "<styleSheet xmlns=\"\(mainNamespace)\">"
            + "<numFmts count=\"\(formats.count)\">\(formats.joined())</numFmts>"
            + "<fonts count=\"2\">"
            + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(2 + numberXfs.count)\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + numberXfs.joined()
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }

    // MARK: - Package

    /// `[Content_Types].xml` for a workbook of `sheetCount` (at least one) worksheets.
    static func contentTypes(sheetCount: Int) -> String {
        precondition(sheetCount > 0, "a workbook needs a worksheet")
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += override("/docProps/app.xml", "\(officeMedia).extended-properties+xml")
        xml += override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        xml += override("/xl/workbook.xml", "\(officeMedia).spreadsheetml.sheet.main+xml")
        xml += override("/xl/styles.xml", "\(officeMedia).spreadsheetml.styles+xml")
        for number in 1...sheetCount {
            xml += override("/xl/worksheets/sheet\(number).xml", "\(officeMedia).spreadsheetml.worksheet+xml")
        }
        return xml + "</Types>"
    }

    static var rootRelationships: String {
        declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
            + relationship("rId1", "\(relationshipsNamespace)/officeDocument", "xl/workbook.xml")
            + relationship("rId2", "\(packageRelationships)/metadata/core-properties", "docProps/core.xml")
            + relationship("rId3", "\(relationshipsNamespace)/extended-properties", "docProps/app.xml")
            + "</Relationships>"
    }

    static var app: String {
        declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>statpipe</Application></Properties>"
    }

    /// Core properties with a title and creator but, unlike most writers, no dates.
    static func core(title: String?) -> String {
        var xml = declaration
        xml += "<cp:coreProperties "
        xml += "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        xml += "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        xml += "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
        xml += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        if let title { xml += "<dc:title>\(XLSXText.attribute(title))</dc:title>" }
        return xml + "<dc:creator>statpipe</dc:creator></cp:coreProperties>"
    }

    // MARK: - Workbook

    /// The workbook listing `names` (already valid) as sheets 1…n.
    static func workbook(sheetNames names: [String]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(XLSXText.attribute(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    /// Relationships `rId1`…`rIdN` to the worksheets, then one to the styles.
    static func workbookRelationships(sheetCount: Int) -> String {
        precondition(sheetCount > 0, "a workbook needs a worksheet")
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        for number in 1...sheetCount {
            xml += relationship("rId\(number)", "\(relationshipsNamespace)/worksheet", "worksheets/sheet\(number).xml")
        }
        xml += relationship("rId\(sheetCount + 1)", "\(relationshipsNamespace)/styles", "styles.xml")
        return xml + "</Relationships>"
    }

    private static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
    }

    private static func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"\(type)\" Target=\"\(target)\"/>"
    }
}
