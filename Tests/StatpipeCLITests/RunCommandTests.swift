import Foundation
import StatpipeTestSupport
import Testing

/// `statpipe run` against the built binary: the published figures of the sample province,
/// byte-identical outputs, and the bad inputs of SPEC §1.
struct RunCommandTests {
    static let pipeline = RepositoryPaths.packageRoot.appendingPathComponent("pipelines/hoa-binh-quarterly.yml").path

    /// Rows of a summary CSV as dictionaries keyed by column.
    private func table(_ directory: URL, _ name: String) throws -> [[String: String]] {
        let bytes = try Data(contentsOf: directory.appendingPathComponent("summaries/\(name).csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name) has a BOM")
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        let header = lines.first?.components(separatedBy: ",") ?? []
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.components(separatedBy: ","))) }
    }

    @Test func theSampleReproducesThePublishedFigures() throws {
        let out = try TemporaryDirectory()
        let result = try CommandRunner.statpipe(["run", Self.pipeline, "--period", "2025-Q1", "--out", out.url.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty && result.standardError.isEmpty, "quiet on success")
        let directory = out.url.appendingPathComponent("2025-Q1")

        let province = try #require(try table(directory, "growth_by_area").first)
        #expect(province["area_code"] == "17")
        #expect(province["yoy_growth_pct"] == "12.76")
        let sectors = try table(directory, "growth_by_sector").filter { $0["area_code"] == "17" }
        let bySector = Dictionary(uniqueKeysWithValues: sectors.map { ($0["sector"] ?? "", $0) })
        #expect(bySector["industry"]?["yoy_growth_pct"] == "27.18")
        #expect(bySector["industry"]?["contribution_pp"] == "9.92")
        #expect(bySector["agriculture"]?["yoy_growth_pct"] == "4.19")
        #expect(bySector["agriculture"]?["contribution_pp"] == "0.76")
        #expect(bySector["services"]?["yoy_growth_pct"] == "5.91")
        #expect(bySector["services"]?["contribution_pp"] == "2.37")
        #expect(bySector["taxes"]?["yoy_growth_pct"] == "-5.64")

        let timeline = try table(directory, "ocop_timeline")
        let provinceYears = timeline.filter { $0["area_code"] == "17" }
        #expect(provinceYears.first?["year"] == "2019")
        #expect(provinceYears.first?["certified_in_year"] == "16")
        #expect(provinceYears.first { $0["year"] == "2023" }?["certified_in_year"] == "39")
        let newIn2023 = Dictionary(uniqueKeysWithValues: timeline.filter { $0["year"] == "2023" && $0["area_code"] != "17" }
            .map { ($0["area_code"] ?? "", $0["certified_in_year"] ?? "") })
        #expect(newIn2023 == ["148": "3", "150": "4", "152": "3", "153": "3", "154": "4", "155": "5", "156": "3",
                              "157": "6", "158": "4", "159": "4"])

        let all = try #require(try table(directory, "ocop_counts").first { $0["area_code"] == "17" && $0["category"] == "all" })
        #expect(all["total"] == "158")
        #expect(all["stars_3"] == "124")
        #expect(all["stars_4"] == "34")

        // Cao Phong sends its accounts as a workbook; the run reads its data sheet.
        let report = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("validation/report.json"))
        ) as? [String: Any])
        let workbook = try #require((report["files"] as? [[String: Any]])?.first {
            $0["path"] as? String == "districts/154-cao-phong/economic_accounts.xlsx"
        })
        #expect(workbook["encoding"] as? String == "xlsx")
        #expect(workbook["rows_accepted"] as? Int == 108)

        let compliance = try #require(try table(directory, "reevaluation_compliance").first)
        #expect(Int(compliance["overdue"] ?? "") ?? 0 > 0)
        #expect(Int(compliance["downgraded"] ?? "") ?? 0 > 0)
        #expect(Int(compliance["revoked"] ?? "") ?? 0 > 0)
    }

    @Test func outputsAreByteIdenticalWhateverTheJobs() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        for (out, jobs) in [(first, "1"), (second, "8")] {
            let result = try CommandRunner.statpipe(["run", Self.pipeline, "--period", "2025-Q1", "--out", out.url.path, "--jobs", jobs])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: first.url.appendingPathComponent("2025-Q1").path).sorted()
        #expect(files.contains("summaries/growth_by_area.csv"))
        for file in files where file != "manifest.json" {
            let path = "2025-Q1/" + file
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: first.path(path), isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            #expect(try Data(contentsOf: first.url.appendingPathComponent(path)) == Data(contentsOf: second.url.appendingPathComponent(path)), "\(file)")
        }
    }

    @Test func badDatesExitTwoAndLeaveThePreviousResult() throws {
        let province = try MiniProvince()
        #expect(try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1"]).status == 0)
        let manifest = province.outputRoot.appendingPathComponent("2025-Q1/manifest.json")
        let before = try Data(contentsOf: manifest)
        let early = try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1", "--as-of", "2024-12-31"])
        #expect(early.status == 2)
        #expect(early.standardError.contains("before the period 2025-Q1 starts"))
        let future = try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1", "--as-of", "2999-01-01"])
        #expect(future.status == 2)
        #expect(future.standardError.contains("is in the future"))
        #expect(try Data(contentsOf: manifest) == before)
    }

    @Test func aPeriodWithNoEconomicDataExitsOneWithoutOutput() throws {
        let province = try MiniProvince()
        let result = try CommandRunner.statpipe(["run", province.pipeline, "--period", "2023-Q3"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("no accepted row for 2023-Q3"))
        #expect(!FileManager.default.fileExists(atPath: province.outputRoot.appendingPathComponent("2023-Q3").path))
    }

    @Test func anEmptyDistrictsReferenceExitsOne() throws {
        let province = try MiniProvince(changes: ["reference/districts.csv": "district_code,district_name,province_code\n"])
        let result = try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("districts: no accepted row"))
    }

    @Test func aFailedValidationPublishesTheReportWithoutSummaries() throws {
        let province = try MiniProvince(
            changes: ["districts/152-luong-son/economic_accounts.csv": "district_code,unit_id,period,sector,value_current,value_constant\n152,,2025-Q1,industry,1,2\n152,,2025-Q1,taxes,1,x\n"],
            maxRejectRatio: "0.0"
        )
        let result = try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1"])
        #expect(result.status == 1)
        let directory = province.outputRoot.appendingPathComponent("2025-Q1")
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("validation/report.json").path))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("manifest.json").path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("summaries").path))
    }

    @Test func theManifestListsInputsAndEveryOutputWithHashes() throws {
        let province = try MiniProvince()
        #expect(try CommandRunner.statpipe(["run", province.pipeline, "--period", "2025-Q1", "--as-of", "2025-03-15"]).status == 0)
        let directory = province.outputRoot.appendingPathComponent("2025-Q1")
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("manifest.json"))) as? [String: Any])
        #expect(manifest["period"] as? String == "2025-Q1")
        #expect(manifest["as_of"] as? String == "2025-03-15")
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.count == 4)
        #expect(inputs.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
        let outputs = try #require(manifest["outputs"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: directory.path).filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        #expect(outputs == onDisk.filter { $0 != "manifest.json" }.sorted())
    }
}
