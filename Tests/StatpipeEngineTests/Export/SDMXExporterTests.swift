import Foundation
import StatpipeCore
@testable import StatpipeEngine
import StatpipeTestSupport
import Testing

/// The SDMX-CSV 2.0 files of SPEC §6, from small hand-made summary tables.
struct SDMXExporterTests {
    /// An export context for 2025-Q1 of province 17 with `tables`.
    static func context(_ tables: [SummaryTable], byteOrderMark: Bool = true) throws -> ExportContext {
        ExportContext(
            tables: tables, period: try #require(Quarter(year: 2025, number: 1)),
            asOf: try #require(CivilDate(year: 2025, month: 3, day: 31)),
            province: Province(code: "17", name: "Hòa Bình"),
            outcome: ValidationOutcome(files: [], datasets: [], warnings: []), language: .english,
            byteOrderMark: byteOrderMark
        )
    }

    static var growthTables: [SummaryTable] {
        var area = SummaryTable(name: "growth_by_area", columns: [
            "period", "area_code", "area_name", "grdp_constant", "grdp_constant_prev", "yoy_growth_pct",
            "ytd_growth_pct", "rank",
        ])
        area.append([.text("2025-Q1"), .text("17"), .text("Hòa Bình"), .number("9317.989"), .number("8263.417"),
                     .number("12.76"), .number("12.76"), .undefined])
        area.append([.text("2025-Q1"), .text("152"), .text("Lương Sơn"), .undefined, .number("1570.357"),
                     .undefined, .undefined, .undefined])
        var sector = SummaryTable(name: "growth_by_sector", columns: [
            "period", "area_code", "sector", "value_constant", "value_constant_prev", "yoy_growth_pct",
            "contribution_pp", "share_current_pct",
        ])
        sector.append([.text("2025-Q1"), .text("17"), .text("agriculture"), .number("1562.652"), .number("1499.810"),
                       .number("4.19"), .number("0.76"), .number("16.04")])
        sector.append([.text("2025-Q1"), .text("17"), .text("taxes"), .number("404.684"), .number("428.872"),
                       .number("-5.64"), .number("-0.29"), .number("4.51")])
        sector.append([.text("2025-Q1"), .text("152"), .text("industry"), .undefined, .number("900.000"),
                       .undefined, .undefined, .undefined])
        return [area, sector]
    }

    static var countsTable: SummaryTable {
        var counts = SummaryTable(name: "ocop_counts", columns: [
            "as_of", "area_code", "area_name", "category", "stars_3", "stars_4", "stars_5", "total",
        ])
        counts.append([.text("2025-03-31"), .text("17"), .text("Hòa Bình"), .text("food"), .count(59), .count(17),
                       .count(0), .count(76)])
        counts.append([.text("2025-03-31"), .text("17"), .text("Hòa Bình"), .text("all"), .count(124), .count(34),
                       .undefined, .count(158)])
        return counts
    }

    private func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
    }

    @Test func grdpHasOneRowPerAreaSectorAndMeasure() throws {
        let dataset = try SDMXGrdpFlow.dataset(try Self.context(Self.growthTables))
        #expect(lines(dataset.encoded(byteOrderMark: false)) == [
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,SECTOR,MEASURE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS",
            "dataflow,STATPIPE:GRDP(1.0),I,17,_T,GRDP_K,2025-Q1,9317.989,VND_BN,A",
            "dataflow,STATPIPE:GRDP(1.0),I,17,_T,GROWTH_YOY,2025-Q1,12.76,PC,A",
            "dataflow,STATPIPE:GRDP(1.0),I,17,AGRICULTURE,GRDP_K,2025-Q1,1562.652,VND_BN,A",
            "dataflow,STATPIPE:GRDP(1.0),I,17,AGRICULTURE,GROWTH_YOY,2025-Q1,4.19,PC,A",
            "dataflow,STATPIPE:GRDP(1.0),I,17,AGRICULTURE,CONTRIB,2025-Q1,0.76,PP,A",
            "dataflow,STATPIPE:GRDP(1.0),I,17,TAXES,GRDP_K,2025-Q1,404.684,VND_BN,A",
            "dataflow,STATPIPE:GRDP(1.0),I,17,TAXES,GROWTH_YOY,2025-Q1,-5.64,PC,A",
            "dataflow,STATPIPE:GRDP(1.0),I,17,TAXES,CONTRIB,2025-Q1,-0.29,PP,A",
            "dataflow,STATPIPE:GRDP(1.0),I,152,_T,GRDP_K,2025-Q1,,VND_BN,M",
            "dataflow,STATPIPE:GRDP(1.0),I,152,_T,GROWTH_YOY,2025-Q1,,PC,M",
            "dataflow,STATPIPE:GRDP(1.0),I,152,INDUSTRY,GRDP_K,2025-Q1,,VND_BN,M",
            "dataflow,STATPIPE:GRDP(1.0),I,152,INDUSTRY,GROWTH_YOY,2025-Q1,,PC,M",
            "dataflow,STATPIPE:GRDP(1.0),I,152,INDUSTRY,CONTRIB,2025-Q1,,PP,M",
            "",
        ])
    }

    @Test func ocopHasOneRowPerAreaGroupAndStars() throws {
        let dataset = try SDMXOcopFlow.dataset(try Self.context([Self.countsTable]))
        #expect(lines(dataset.encoded(byteOrderMark: false)) == [
            "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,PRODUCT_GROUP,STARS,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,OBS_STATUS",
            "dataflow,STATPIPE:OCOP(1.0),I,17,FOOD,3,2025-Q1,59,NUMBER,A",
            "dataflow,STATPIPE:OCOP(1.0),I,17,FOOD,4,2025-Q1,17,NUMBER,A",
            "dataflow,STATPIPE:OCOP(1.0),I,17,FOOD,5,2025-Q1,0,NUMBER,A",
            "dataflow,STATPIPE:OCOP(1.0),I,17,FOOD,_T,2025-Q1,76,NUMBER,A",
            "dataflow,STATPIPE:OCOP(1.0),I,17,_T,3,2025-Q1,124,NUMBER,A",
            "dataflow,STATPIPE:OCOP(1.0),I,17,_T,4,2025-Q1,34,NUMBER,A",
            "dataflow,STATPIPE:OCOP(1.0),I,17,_T,5,2025-Q1,,NUMBER,M",
            "dataflow,STATPIPE:OCOP(1.0),I,17,_T,_T,2025-Q1,158,NUMBER,A",
            "",
        ])
    }

    @Test func theExporterWritesBothFilesWithTheCSVConventions() throws {
        for byteOrderMark in [true, false] {
            let out = try TemporaryDirectory()
            let staged = try StagedDirectory(target: out.url.appendingPathComponent("2025-Q1"))
            let context = try Self.context(Self.growthTables + [Self.countsTable], byteOrderMark: byteOrderMark)
            try SDMXExporter().export(context, into: staged)
            for name in ["grdp", "ocop"] {
                let bytes = Array(try Data(contentsOf: staged.staging.appendingPathComponent("sdmx/\(name).csv")))
                #expect(bytes.starts(with: CSVOutputTable.byteOrderMark) == byteOrderMark, "\(name)")
                let text = String(decoding: bytes.dropFirst(byteOrderMark ? 3 : 0), as: UTF8.self)
                #expect(text.hasPrefix("STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,"))
                #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
                let widths = Set(text.components(separatedBy: "\r\n").dropLast().map { $0.split(separator: ",",
                    omittingEmptySubsequences: false).count })
                #expect(widths == [10], "every cell present")
            }
        }
    }

    @Test func aMissingTableIsAnErrorNamingTheFile() throws {
        let context = try Self.context([Self.countsTable])
        #expect(throws: StatpipeError.self) { try SDMXGrdpFlow.dataset(context) }
        do {
            _ = try SDMXGrdpFlow.dataset(context)
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.message == "sdmx/grdp.csv: the run produced no growth_by_area table")
        }
        var renamed = SummaryTable(name: "ocop_counts", columns: ["area_code", "category"])
        renamed.append([.text("17"), .text("all")])
        #expect(throws: StatpipeError.self) { try SDMXOcopFlow.dataset(try Self.context([renamed])) }
    }
}
