import StatpipeCore

/// Writes `summary.xlsx` (SPEC §6): one worksheet per summary table, in table order,
/// named after the table, numbers as numeric cells and undefined figures as empty cells.
public struct XLSXExporter: Exporter {
    /// The file's path inside `OUT/P/`.
    public static let path = "summary.xlsx"

    public init() {}

    /// The workbook of `context`'s tables.
    public func workbook(_ context: ExportContext) -> XLSXWorkbook {
        XLSXWorkbook(
            title: "\(context.province.name) \(context.period) summaries",
            sheets: context.tables.map(XLSXWorksheet.init)
        )
    }

    public func export(_ context: ExportContext, into staged: StagedDirectory) throws(StatpipeError) {
        let path = try staged.path(Self.path)
        let bytes: [UInt8]
        do {
            bytes = try XLSXWorkbookWriter.encode(workbook(context))
        } catch {
            throw StatpipeError(error.kind, "\(path): cannot write: \(error.message)")
        }
        try OutputFile.write(bytes, to: path)
    }
}
