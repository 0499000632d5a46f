import StatpipeCore

/// Renders a ``FileInspection`` as the human table `statpipe inspect` prints by default.
public enum InspectionTextRenderer {
    /// A few lines: the file, its encoding, separator and counts, a workbook's sheets, then
    /// one line per column.
    public static func render(_ inspection: FileInspection) -> String {
        let separator = inspection.delimiter.map { $0 == "\t" ? "tab" : "\"\($0)\"" } ?? "none (workbook)"
        var lines = [
            inspection.path,
            "  encoding \(inspection.encoding), delimiter \(separator), \(inspection.rows) rows, "
                + "\(inspection.blankRows) blank rows, \(inspection.columns.count) columns",
        ]
        if let sheets = inspection.sheets {
            lines.append("  sheets: " + sheets.joined(separator: ", "))
        }
        let width = max(6, inspection.columns.map(\.name.count).max() ?? 0)
        lines.append("  " + pad("column", width) + "  type")
        for column in inspection.columns {
            lines.append("  " + pad(column.name, width) + "  " + column.type.rawValue)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
