import Foundation
import StatpipeTestSupport
import Testing

/// `statpipe run` writes summary.xlsx and the SDMX files (SPEC §6), lists them in the
/// manifest, and writes the same bytes on every run.
struct ExportsCLITests {
    static let pipeline = RepositoryPaths.packageRoot.appendingPathComponent("pipelines/hoa-binh-quarterly.yml").path
    static let exports = ["summary.xlsx", "sdmx/grdp.csv", "sdmx/ocop.csv"]

    private func run(into out: TemporaryDirectory) throws -> URL {
        let result = try CommandRunner.statpipe(["run", Self.pipeline, "--period", "2025-Q1", "--out", out.url.path])
        #expect(result.status == 0, "\(result.standardError)")
        return out.url.appendingPathComponent("2025-Q1")
    }

    private func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test func theExportsExistAndTheManifestListsThem() throws {
        let out = try TemporaryDirectory()
        let directory = try run(into: out)
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("manifest.json")))
                as? [String: Any]
        )
        let outputs = (manifest["outputs"] as? [[String: Any]]) ?? []
        let listed = Dictionary(uniqueKeysWithValues: outputs.compactMap { output in
            (output["path"] as? String).map { ($0, output) }
        })
        for name in Self.exports {
            let bytes = try Data(contentsOf: directory.appendingPathComponent(name))
            #expect(!bytes.isEmpty, "\(name)")
            #expect((listed[name]?["bytes"] as? Int) == bytes.count, "\(name) listed with its size")
        }
        let xlsx = try Data(contentsOf: directory.appendingPathComponent("summary.xlsx"))
        #expect(xlsx.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip")

        let grdp = try text(directory.appendingPathComponent("sdmx/grdp.csv"))
        #expect(grdp.hasPrefix("\u{FEFF}STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,SECTOR,MEASURE,TIME_PERIOD,"))
        #expect(grdp.contains("\r\ndataflow,STATPIPE:GRDP(1.0),I,17,_T,GROWTH_YOY,2025-Q1,12.76,PC,A\r\n"))
        #expect(grdp.contains("\r\ndataflow,STATPIPE:GRDP(1.0),I,17,INDUSTRY,CONTRIB,2025-Q1,9.92,PP,A\r\n"))
        let ocop = try text(directory.appendingPathComponent("sdmx/ocop.csv"))
        #expect(ocop.contains("\r\ndataflow,STATPIPE:OCOP(1.0),I,17,_T,_T,2025-Q1,158,NUMBER,A\r\n"))
        #expect(ocop.contains("\r\ndataflow,STATPIPE:OCOP(1.0),I,17,_T,3,2025-Q1,124,NUMBER,A\r\n"))
    }

    @Test func twoRunsWriteTheSameExportBytes() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        let firstDirectory = try run(into: first)
        let secondDirectory = try run(into: second)
        for name in Self.exports {
            let one = try Data(contentsOf: firstDirectory.appendingPathComponent(name))
            let other = try Data(contentsOf: secondDirectory.appendingPathComponent(name))
            #expect(one == other, "\(name)")
        }
    }
}
