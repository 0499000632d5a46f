import Foundation
import StatpipeCSV
import StatpipeCore
import StatpipeEngine
import StatpipeTestSupport
import Testing

struct PipelineLoaderTests {
    @Test func loadsEveryKeyOfAValidPipeline() throws {
        let fixture = try PipelineFixture()
        let configuration = try fixture.load()
        let folder = fixture.directory.url.standardizedFileURL.path

        #expect(configuration.name == "test-pipeline")
        #expect(configuration.province == Province(code: "17", name: "Hòa Bình"))
        #expect(configuration.pipelineFile.path == "\(folder)/pipelines/pipe.yml")
        #expect(configuration.pipelinePath == fixture.path)
        #expect(configuration.dataRoot.path == "\(folder)/data")
        #expect(configuration.outputRoot.path == "\(folder)/results")
        #expect(configuration.csvBOM == false)
        #expect(configuration.maxRejectRatio == 0.05)
        #expect(configuration.datasets.map(\.name) == PipelineLoader.requiredDatasets)
        #expect(configuration.datasets.map { $0.schema.path } == PipelineLoader.requiredDatasets.map {
            "\(folder)/pipelines/schemas/\($0).json"
        })
        #expect(configuration.datasets.map(\.files) == [
            ["reference/districts.csv"],
            ["districts/*/economic_accounts*.csv", "districts/*/economic_accounts*.xlsx"],
            ["districts/*/ocop_products*.csv"],
            ["districts/*/ocop_reevaluations*.csv"],
        ])
        #expect(configuration.datasets.map(\.maxRejectRatio) == [nil, 0.01, nil, nil])
        #expect(configuration.datasets.map { configuration.maxRejectRatio(of: $0) } == [0.05, 0.01, 0.05, 0.05])
        #expect(configuration.overrides == [
            InputOverride(
                files: ["districts/159-*/*"], decimalMark: ",", thousands: .separator("."), encoding: .windows1258
            ),
            InputOverride(
                files: ["districts/159-*/ocop_*.csv"], thousands: .ungrouped, delimiter: .semicolon, sheet: "Data"
            ),
        ])
    }

    @Test func appliesDefaultsForOptionalKeys() throws {
        let fixture = try PipelineFixture("""
            name: minimal
            province: {code: "17", name: "Hòa Bình"}
            datasets:
              ocop_reevaluations: {schema: schemas/ocop_reevaluations.json, files: [a.csv]}
              districts: {schema: schemas/districts.json, files: [b.csv]}
              ocop_products: {schema: schemas/ocop_products.json, files: [c.csv]}
              economic_accounts: {schema: schemas/economic_accounts.json, files: [d.csv]}
            """)
        let configuration = try fixture.load()
        let folder = fixture.directory.url.standardizedFileURL.path

        #expect(configuration.dataRoot.path == "\(folder)/pipelines")
        #expect(configuration.outputRoot.path == "\(folder)/pipelines/out")
        #expect(configuration.csvBOM == true)
        #expect(configuration.maxRejectRatio == 0)
        #expect(configuration.overrides.isEmpty)
        // The order written, not alphabetical: reports list datasets as the pipeline does.
        #expect(configuration.datasets.map(\.name) == [
            "ocop_reevaluations", "districts", "ocop_products", "economic_accounts",
        ])
    }

    @Test func commandLineRootsReplaceTheFileRoots() throws {
        let fixture = try PipelineFixture()
        let configuration = try fixture.load(dataRoot: fixture.path("elsewhere/data"), outputRoot: "relative-out")
        let currentDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL

        #expect(configuration.dataRoot.path == fixture.directory.url.standardizedFileURL.path + "/elsewhere/data")
        #expect(configuration.outputRoot.path == currentDirectory.path + "/relative-out")
    }

    @Test func readsTheShippedHoaBinhPipeline() throws {
        let shipped = RepositoryPaths.packageRoot.appendingPathComponent("pipelines/hoa-binh-quarterly.yml")
        let fixture = try PipelineFixture(String(contentsOf: shipped, encoding: .utf8))
        let configuration = try fixture.load()
        let folder = fixture.directory.url.standardizedFileURL.path

        #expect(configuration.name == "hoa-binh-quarterly")
        #expect(configuration.province == Province(code: "17", name: "Hòa Bình"))
        #expect(configuration.dataRoot.path == "\(folder)/sample-data")
        #expect(configuration.outputRoot.path == "\(folder)/out")
        #expect(configuration.csvBOM == true)
        #expect(configuration.maxRejectRatio == 0)
        #expect(configuration.datasets.map(\.name) == PipelineLoader.requiredDatasets)
        #expect(configuration.datasets.map(\.maxRejectRatio) == [nil, 0.01, 0.02, 0.02])
        #expect(configuration.datasets[1].files == [
            "districts/*/economic_accounts*.csv", "districts/*/economic_accounts*.xlsx",
        ])
        #expect(configuration.overrides == [
            InputOverride(
                files: ["districts/159-*/*"], decimalMark: ",", thousands: .separator("."), encoding: .windows1258
            ),
            InputOverride(files: ["districts/154-*/*.xlsx"], sheet: "Số liệu"),
        ])
    }

    @Test func laterOverridesWinKeyByKey() throws {
        let configuration = try PipelineFixture().load()

        let lacThuyProducts = configuration.ingestOptions(for: "districts/159-lac-thuy/ocop_products.csv")
        #expect(lacThuyProducts.numberFormat == NumberFormat(decimalMark: ",", groupMark: nil))
        #expect(lacThuyProducts.declaredEncoding == .windows1258)
        #expect(lacThuyProducts.delimiter == .semicolon)
        #expect(lacThuyProducts.sheet == "Data")

        let lacThuyAccounts = configuration.ingestOptions(for: "districts/159-lac-thuy/economic_accounts.csv")
        #expect(lacThuyAccounts.numberFormat == NumberFormat(decimalMark: ",", groupMark: "."))
        #expect(lacThuyAccounts.delimiter == nil)

        // `*` does not cross `/`: a file one folder deeper is not matched by `districts/159-*/*`.
        #expect(configuration.ingestOptions(for: "districts/159-lac-thuy/old/a.csv") == IngestOptions())
        #expect(configuration.ingestOptions(for: "districts/148-hoa-binh/ocop_products.csv") == IngestOptions())
    }

    @Test func aMissingPipelineFileIsAnIOError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("absent.yml")
        let error = PipelineFixture.failure { () throws(StatpipeError) in try PipelineLoader.load(path: path) }
        #expect(error?.kind == .io)
        #expect(error?.message == "\(path): No such file or directory")

        let folderError = PipelineFixture.failure { () throws(StatpipeError) in
            try PipelineLoader.load(path: directory.url.path)
        }
        #expect(folderError?.kind == .io)
        #expect(folderError?.message == "\(directory.url.path): Is a directory")
    }
}
