import Foundation
import StatpipeCSV
import StatpipeCore
import StatpipeEngine
import StatpipeTestSupport
import Testing

struct PipelineDiscoveryTests {
    /// The fixture pipeline with a data tree: two districts, clutter that must be skipped, and no workbook.
    private func fixtureWithData() throws -> PipelineFixture {
        let fixture = try PipelineFixture()
        for file in [
            "data/reference/districts.csv",
            "data/districts/159-lac-thuy/ocop_products.csv",
            "data/districts/159-lac-thuy/economic_accounts.csv",
            "data/districts/148-hoa-binh/economic_accounts_b.csv",
            "data/districts/148-hoa-binh/economic_accounts_B.csv",
            "data/districts/148-hoa-binh/ocop_products.csv",
            "data/districts/148-hoa-binh/ocop_reevaluations.csv",
            "data/districts/148-hoa-binh/.DS_Store",
            "data/districts/148-hoa-binh/~$economic_accounts.xlsx",
            "data/districts/148-hoa-binh/.hidden/economic_accounts.csv",
            "data/districts/148-hoa-binh/notes.txt",
            "data/districts/148-hoa-binh/2024/economic_accounts.csv",
        ] {
            try fixture.touch(file)
        }
        return fixture
    }

    @Test func findsEachDatasetsFilesInByteOrderWithTheirOptions() throws {
        let fixture = try fixtureWithData()
        let configuration = try fixture.load()
        let discovered = try InputDiscovery.discover(configuration)

        #expect(discovered.inputs.map { "\($0.dataset) \($0.relativePath)" } == [
            "districts reference/districts.csv",
            "economic_accounts districts/148-hoa-binh/economic_accounts_B.csv",
            "economic_accounts districts/148-hoa-binh/economic_accounts_b.csv",
            "economic_accounts districts/159-lac-thuy/economic_accounts.csv",
            "ocop_products districts/148-hoa-binh/ocop_products.csv",
            "ocop_products districts/159-lac-thuy/ocop_products.csv",
            "ocop_reevaluations districts/148-hoa-binh/ocop_reevaluations.csv",
        ])
        let dataRoot = fixture.directory.url.standardizedFileURL.path + "/data"
        #expect(discovered.inputs.allSatisfy { $0.url.path == "\(dataRoot)/\($0.relativePath)" })
        #expect(discovered.inputs(of: "ocop_products").count == 2)

        let options = Dictionary(uniqueKeysWithValues: discovered.inputs.map { ($0.relativePath, $0.options) })
        #expect(options["districts/148-hoa-binh/ocop_products.csv"] == IngestOptions())
        #expect(options["districts/159-lac-thuy/economic_accounts.csv"] == IngestOptions(
            declaredEncoding: .windows1258, numberFormat: NumberFormat(decimalMark: ",", groupMark: ".")
        ))
        #expect(options["districts/159-lac-thuy/ocop_products.csv"] == IngestOptions(
            delimiter: .semicolon, declaredEncoding: .windows1258, sheet: "Data",
            numberFormat: NumberFormat(decimalMark: ",", groupMark: nil)
        ))
    }

    @Test func warnsAboutAGlobThatMatchesNothing() throws {
        let fixture = try fixtureWithData()
        let discovered = try InputDiscovery.discover(fixture.load())
        #expect(discovered.warnings == [
            RunWarning(
                code: "no-files",
                file: "districts/*/economic_accounts*.xlsx",
                message: "no file under the data root matches 'districts/*/economic_accounts*.xlsx' "
                    + "(dataset 'economic_accounts')"
            )
        ])
    }

    @Test func aDatasetWithNoFileIsListedAsMissing() throws {
        let fixture = try fixtureWithData()
        try FileManager.default.removeItem(atPath: fixture.path("data/districts/148-hoa-binh/ocop_reevaluations.csv"))
        let discovered = try InputDiscovery.discover(try fixture.load())
        #expect(discovered.missingDatasets == ["ocop_reevaluations"])
        #expect(discovered.inputs(of: "ocop_reevaluations").isEmpty)
    }

    @Test func aFileTwoDatasetsClaimIsAUsageError() throws {
        let fixture = try fixtureWithData()
        var configuration = try fixture.load()
        configuration.datasets[3].files.append("districts/148-*/ocop_*.csv")
        let error = PipelineFixture.failure { () throws(StatpipeError) in try InputDiscovery.discover(configuration) }

        #expect(error?.kind == .usage)
        #expect(error?.message == "\(fixture.path): 'districts/148-hoa-binh/ocop_products.csv' matches the files "
            + "of both 'ocop_products' and 'ocop_reevaluations'")
    }

    @Test func refusesGlobsOutsideTheDataRoot() throws {
        let fixture = try fixtureWithData()
        var configuration = try fixture.load()
        configuration.datasets[0].files = ["../../etc/*"]
        let error = PipelineFixture.failure { () throws(StatpipeError) in try InputDiscovery.discover(configuration) }

        #expect(error?.kind == .usage)
        #expect(error?.message == "\(fixture.path): glob '../../etc/*' escapes the data root")
    }

    @Test func overridesThatClashOnAFileAreAUsageError() throws {
        let fixture = try fixtureWithData()
        var configuration = try fixture.load()
        configuration.overrides.append(InputOverride(files: ["districts/148-*/*"], thousands: .separator(".")))
        let error = PipelineFixture.failure { () throws(StatpipeError) in try InputDiscovery.discover(configuration) }

        #expect(error?.kind == .usage)
        #expect(error?.message == "\(fixture.path): overrides give 'districts/148-hoa-binh/economic_accounts_B.csv' "
            + "the same decimal and thousands mark '.'")
    }

    @Test func theDataOptionReplacesTheRoot() throws {
        let fixture = try fixtureWithData()
        for file in ["reference/districts.csv", "districts/150-da-bac/economic_accounts.csv",
                     "districts/150-da-bac/ocop_products.csv", "districts/150-da-bac/ocop_reevaluations.csv"] {
            try fixture.touch("other/\(file)")
        }
        let configuration = try fixture.load(dataRoot: fixture.path("other"))
        let discovered = try InputDiscovery.discover(configuration)

        #expect(discovered.inputs.map(\.relativePath) == [
            "reference/districts.csv", "districts/150-da-bac/economic_accounts.csv",
            "districts/150-da-bac/ocop_products.csv", "districts/150-da-bac/ocop_reevaluations.csv",
        ])
    }

    @Test func aMissingDataRootIsAnIOError() throws {
        let fixture = try PipelineFixture()
        let configuration = try fixture.load()
        let error = PipelineFixture.failure { () throws(StatpipeError) in try InputDiscovery.discover(configuration) }

        #expect(error?.kind == .io)
        #expect(error?.message == "\(configuration.dataRoot.path): the data root does not exist")
    }
}
