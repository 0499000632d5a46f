import Foundation
import StatpipeCore

/// The language of the bulletin's labels (`--lang`); output table and column names never change.
public enum BulletinLanguage: String, Sendable, CaseIterable {
    case english = "en"
    case vietnamese = "vi"
}

/// Everything an exporter may read: the summary tables of SPEC §5 and what the run knows.
public struct ExportContext: Sendable {
    public let tables: [SummaryTable]
    public let period: Quarter
    public let asOf: CivilDate
    public let province: Province
    public let outcome: ValidationOutcome
    public let language: BulletinLanguage
    /// Whether CSV outputs start with a UTF-8 BOM (`csv_bom`).
    public let byteOrderMark: Bool

    public init(tables: [SummaryTable], period: Quarter, asOf: CivilDate, province: Province, outcome: ValidationOutcome,
                language: BulletinLanguage, byteOrderMark: Bool) {
        self.tables = tables
        self.period = period
        self.asOf = asOf
        self.province = province
        self.outcome = outcome
        self.language = language
        self.byteOrderMark = byteOrderMark
    }

    /// The table called `name`, if the run produced it.
    public func table(_ name: String) -> SummaryTable? { tables.first { $0.name == name } }
}

/// Writes one family of output files (SPEC §6) into the staging directory. Exporters are
/// independent: each writes only its own files, so they can run concurrently.
public protocol Exporter: Sendable {
    /// Writes the files; paths are relative to `OUT/P/` (e.g. `sdmx/grdp.csv`).
    func export(_ context: ExportContext, into staged: StagedDirectory) throws(StatpipeError)
}
