import Foundation
import StatpipeTestSupport
import Testing

/// `statpipe validate` against the built binary (SPEC §1, §4).
struct ValidateCommandTests {
    @Test func sampleProvinceRejectsExactlyItsPlantedRows() throws {
        let out = try TemporaryDirectory()
        let pipeline = RepositoryPaths.packageRoot.appendingPathComponent("pipelines/hoa-binh-quarterly.yml").path
        let result = try CommandRunner.statpipe(["validate", pipeline, "--period", "Q1/2025", "--out", out.url.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("economic_accounts: 652 read, 648 accepted, 4 rejected, 5 blank"))
        let rejects = out.url.appendingPathComponent("2025-Q1/validation/rejects")
        let accounts = try String(contentsOf: rejects.appendingPathComponent("economic_accounts.csv"), encoding: .utf8)
        let located = accounts.components(separatedBy: "\r\n").dropFirst().compactMap { line -> String? in
            let cells = line.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
            return cells.count == 4 ? cells[0...2].joined(separator: ",") : nil
        }
        #expect(located == [
            "districts/148-hoa-binh/economic_accounts_2023.csv,18,foreign-key-error",
            "districts/152-luong-son/economic_accounts.csv,114,constraint-error",
            "districts/155-tan-lac/economic_accounts_2025.csv,2,unique-error",
            "districts/156-mai-chau/economic_accounts.csv,26,type-error",
        ])
        let products = try String(contentsOf: rejects.appendingPathComponent("ocop_products.csv"), encoding: .utf8)
        #expect(products.contains("districts/154-cao-phong/ocop_products.csv,33,constraint-error,stars,stars 6 is above the maximum 5,"))
        let bytes = try Data(contentsOf: rejects.appendingPathComponent("economic_accounts.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF] + Array("source_file,row_number,error_code,field,message,raw\r\n".utf8)))
    }

    @Test func aDatasetAboveItsThresholdExitsOneAndStillWritesTheReport() throws {
        let province = try MiniProvince(
            changes: ["districts/152-luong-son/economic_accounts.csv": "district_code,unit_id,period,sector,value_current,value_constant\n152,,2025-Q1,industry,1,x\n"],
            maxRejectRatio: "0.0"
        )
        let result = try CommandRunner.statpipe(["validate", province.pipeline, "--period", "2025-Q1"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("statpipe: error: economic_accounts: too many rejected rows"))
        #expect(try province.rejectLines("economic_accounts").count == 1)
    }

    @Test func badPeriodAndBadPipelineExitTwo() throws {
        let province = try MiniProvince()
        let badPeriod = try CommandRunner.statpipe(["validate", province.pipeline, "--period", "2025-Q5"])
        #expect(badPeriod.status == 2)
        #expect(badPeriod.standardError.contains("--period '2025-Q5' is not a quarter"))
        try province.directory.write("pipelines/mini.yml", text: "name: x\nbogus: 1\n")
        let badKey = try CommandRunner.statpipe(["validate", province.pipeline])
        #expect(badKey.status == 2)
        #expect(badKey.standardError.contains("unknown key 'bogus'"))
        #expect(try CommandRunner.statpipe(["validate", province.directory.path("nope.yml")]).status == 4)
    }

    @Test func aSchemaThatDoesNotCompileExitsTwoNamingFileAndKey() throws {
        let province = try MiniProvince()
        try province.directory.write("pipelines/schemas/districts.json", text: #"{"fields": [{"name": "district_code", "constraints": {"pattern": "(["}}]}"#)
        let result = try CommandRunner.statpipe(["validate", province.pipeline])
        #expect(result.status == 2)
        #expect(result.standardError.contains("schemas/districts.json: fields[0].constraints.pattern: is not a valid regular expression"))
    }
}
