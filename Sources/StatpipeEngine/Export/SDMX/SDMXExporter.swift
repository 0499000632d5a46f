/// Writes the SDMX-CSV 2.0 files of SPEC §6: `sdmx/grdp.csv` and `sdmx/ocop.csv`.
///
/// The dataflows are `STATPIPE:GRDP(1.0)` and `STATPIPE:OCOP(1.0)`; the files follow the
/// CSV conventions of every output (UTF-8, BOM unless `csv_bom: false`, `\r\n`).
public struct SDMXExporter: Exporter {
    public init() {}

    public func export(_ context: ExportContext, into staged: StagedDirectory) throws(StatpipeError) {
        let grdp = try SDMXGrdpFlow.dataset(context)
        try OutputFile.write(grdp.encoded(byteOrderMark: context.byteOrderMark), to: try staged.path(SDMXGrdpFlow.path))
        let ocop = try SDMXOcopFlow.dataset(context)
        try OutputFile.write(ocop.encoded(byteOrderMark: context.byteOrderMark), to: try staged.path(SDMXOcopFlow.path))
    }
}
