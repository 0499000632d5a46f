import Foundation
import StatpipeCore
import StatpipeEngine
import StatpipeTestSupport
import Testing

/// Each SPEC §4 error code, planted in a real file, gives exactly the expected reject line.
struct ValidationRunnerTests {
    private func validate(_ province: MiniProvince) throws -> ValidateJob.Result {
        let request = JobRequest(pipelinePath: province.pipeline, period: "2025-Q1")
        return try ValidateJob.run(request, today: CivilDate(year: 2025, month: 5, day: 1)!, startedAt: "2025-05-01T00:00:00Z")
    }

    private func rejects(_ dataset: String, changes: [String: String?]) throws -> [String] {
        let province = try MiniProvince(changes: changes)
        _ = try validate(province)
        return try province.rejectLines(dataset)
    }

    private static let accounts = "districts/152-luong-son/economic_accounts.csv"
    private static let products = "districts/152-luong-son/ocop_products.csv"
    private static let reevaluations = "districts/152-luong-son/ocop_reevaluations.csv"
    private static let accountsHeader = "district_code,unit_id,period,sector,value_current,value_constant\n"

    @Test func cleanProvinceHasNoRejectsAndBalancedCounts() throws {
        let province = try MiniProvince()
        let result = try validate(province)
        for dataset in ["districts", "economic_accounts", "ocop_products", "ocop_reevaluations"] {
            #expect(try province.rejectLines(dataset).isEmpty, "\(dataset)")
        }
        for file in result.outcome.files {
            #expect(file.rowsRead == file.rowsAccepted + file.rowsRejected)
        }
        #expect(result.outcome.datasets.map(\.rowsAccepted) == [2, 2, 2, 2])
    }

    @Test func typeError() throws {
        let lines = try rejects("economic_accounts", changes: [Self.accounts: Self.accountsHeader + "152,,2025-Q1,industry,1,12.5x\n"])
        #expect(lines == ["\(Self.accounts),2,type-error,value_constant,value_constant '12.5x' is not a valid number,\"152,,2025-Q1,industry,1,12.5x\""])
    }

    @Test func constraintErrorsForEnumMinimumAndRequired() throws {
        let lines = try rejects("economic_accounts", changes: [Self.accounts: Self.accountsHeader
            + "152,,2025-Q1,mining,1,2\n152,,2025-Q1,industry,1,-3\n152,,2025-Q1,taxes,1,-\n"])
        #expect(lines == [
            "\(Self.accounts),2,constraint-error,sector,\"sector 'mining' is not one of agriculture, industry, services, taxes\",\"152,,2025-Q1,mining,1,2\"",
            "\(Self.accounts),3,constraint-error,value_constant,value_constant -3 is below the minimum 0,\"152,,2025-Q1,industry,1,-3\"",
            "\(Self.accounts),4,constraint-error,value_constant,value_constant is required but empty,\"152,,2025-Q1,taxes,1,-\"",
        ])
    }

    @Test func uniqueErrorKeepsTheFirstOccurrenceAcrossFilesInSortedOrder() throws {
        let lines = try rejects("economic_accounts", changes: [
            "districts/152-luong-son/economic_accounts_z.csv": Self.accountsHeader + "152,,q1/2025,agriculture,1,2\n",
        ])
        #expect(lines == ["districts/152-luong-son/economic_accounts_z.csv,2,unique-error,,\"duplicate primary key (district_code, unit_id, period, sector) = (152, , 2025-Q1, agriculture)\",\"152,,q1/2025,agriculture,1,2\""])
    }

    @Test func foreignKeyErrorIncludingARejectedParent() throws {
        let lines = try rejects("economic_accounts", changes: [
            "reference/districts.csv": "district_code,district_name,province_code\n152,Lương Sơn,17\n15x,Bad,17\n",
            Self.accounts: Self.accountsHeader + "152,,2024-Q1,agriculture,100,80\n15x,,2025-Q1,industry,1,2\n151,,2025-Q1,industry,1,2\n",
        ])
        #expect(lines == [
            "\(Self.accounts),3,foreign-key-error,district_code,district_code '15x' is not an accepted row of districts,\"15x,,2025-Q1,industry,1,2\"",
            "\(Self.accounts),4,foreign-key-error,district_code,district_code '151' is not an accepted row of districts,\"151,,2025-Q1,industry,1,2\"",
        ])
    }

    @Test func missingAndExtraCells() throws {
        let lines = try rejects("economic_accounts", changes: [Self.accounts: Self.accountsHeader
            + "152,,2025-Q1,industry,1\n152,,2025-Q1,services,1,2,3\n"])
        #expect(lines == [
            "\(Self.accounts),2,missing-cell,value_constant,\"row has 5 cells, the header has 6\",\"152,,2025-Q1,industry,1\"",
            "\(Self.accounts),3,extra-cell,,\"row has 7 cells, the header has 6\",\"152,,2025-Q1,services,1,2,3\"",
        ])
    }

    @Test(arguments: [
        ("district_code,unit_id,period,sector,value_current,\n", "blank-label", ""),
        ("district_code,unit_id,period,sector,value_current,value_constant,Period\n", "duplicate-label", "Period"),
        ("district_code,unit_id,period,sector,value_current\n", "missing-label", "value_constant"),
    ])
    func labelErrorsRejectEveryDataRowOfTheFile(header: String, code: String, field: String) throws {
        let lines = try rejects("economic_accounts", changes: [Self.accounts: header + "152,,2025-Q1,industry,1,2\n\n152,,2025-Q1,taxes,1,2\n"])
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("\(Self.accounts),") && $0.contains(",\(code),\(field),") })
        #expect(lines.map { $0.split(separator: ",")[1] } == ["2", "4"])
    }

    @Test func extraLabelIsAWarningAndTheColumnIsIgnored() throws {
        let province = try MiniProvince(changes: [Self.accounts: "ghi_chu," + Self.accountsHeader + "x,152,,2025-Q1,industry,1,2\n"])
        let result = try validate(province)
        #expect(result.outcome.warnings.contains(RunWarning(code: "extra-label", file: Self.accounts, message: "column 'ghi_chu' is not in the economic_accounts schema; ignored")))
        #expect(try province.rejectLines("economic_accounts").isEmpty)
    }

    @Test func sourceErrorRejectsTheRestOfTheFile() throws {
        let lines = try rejects("economic_accounts", changes: [Self.accounts: Self.accountsHeader + "152,,2025-Q1,industry,1,2\n152,\"open,2025-Q1\n"])
        #expect(lines == ["\(Self.accounts),3,source-error,,unterminated quoted field at cell 2; the rest of the file is not read,"])
    }

    @Test func encodingErrorUnderADeclaredUTF8() throws {
        let province = try MiniProvince(changes: [Self.accounts: nil], pipelineExtra: """
            overrides:
              - files: "districts/152-*/*"
                encoding: utf-8
            """)
        try province.writeData(Self.accounts, bytes: Array((Self.accountsHeader + "152,caf").utf8) + [0xE9] + Array(",2025-Q1,industry,1,2\n".utf8))
        _ = try validate(province)
        let lines = try province.rejectLines("economic_accounts")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("\(Self.accounts),2,encoding-error,,invalid UTF-8 bytes in cell 2,") == true)
    }

    @Test func productRulesDefaultExpiryAndDateOrder() throws {
        let lines = try rejects("ocop_products", changes: [Self.products: """
            product_id,product_name,producer,district_code,commune,category,stars,certified_on,expires_on
            P1,Trà,HTX,152,,beverage,3,2023-05-10,2023-05-10
            P2,Gạo,HTX,152,,food,6,2024-02-01,

            """])
        #expect(lines == [
            "\(Self.products),2,constraint-error,expires_on,expires_on 2023-05-10 is not after certified_on 2023-05-10,\"P1,Trà,HTX,152,,beverage,3,2023-05-10,2023-05-10\"",
            "\(Self.products),3,constraint-error,stars,stars 6 is above the maximum 5,\"P2,Gạo,HTX,152,,food,6,2024-02-01,\"",
        ])
    }

    @Test func reevaluationRulesInFileOrder() throws {
        let lines = try rejects("ocop_reevaluations", changes: [Self.reevaluations: """
            product_id,evaluated_on,result,stars_after
            P1,2024-09-02,downgraded,4
            P1,2024-06-01,upgraded,4
            P2,2024-01-15,maintained,4
            P9,2024-06-01,maintained,3
            P1,2024-12-01,revoked,

            """])
        #expect(lines == [
            "\(Self.reevaluations),2,reevaluation-inconsistent,stars_after,downgraded from 4 stars cannot give stars_after 4,\"P1,2024-09-02,downgraded,4\"",
            "\(Self.reevaluations),4,constraint-error,evaluated_on,evaluated_on 2024-01-15 is before the product's certified_on 2024-02-01,\"P2,2024-01-15,maintained,4\"",
            "\(Self.reevaluations),5,foreign-key-error,product_id,product_id 'P9' is not an accepted row of ocop_products,\"P9,2024-06-01,maintained,3\"",
        ])
    }

    @Test func aMissingRequiredInputFailsAfterTheReportIsWritten() throws {
        let province = try MiniProvince(changes: [Self.reevaluations: nil])
        do {
            _ = try validate(province)
            Issue.record("expected a missing-input error")
        } catch let error as StatpipeError {
            #expect(error.kind == .invalidData)
            #expect(error.message.hasSuffix("required input missing: no file for dataset 'ocop_reevaluations' (districts/*/ocop_reevaluations*.csv)"))
        }
        #expect(FileManager.default.fileExists(atPath: province.validationDirectory().appendingPathComponent("report.json").path))
    }

    @Test func reportNamesFilesCodesAndExamples() throws {
        let province = try MiniProvince(changes: [Self.accounts: Self.accountsHeader + "152,,2025-Q1,industry,1,x\n,,,,,\n"])
        let result = try validate(province)
        let report = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: province.validationDirectory().appendingPathComponent("report.json"))
        ) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let accounts = try #require(files.first { $0["path"] as? String == Self.accounts })
        #expect(accounts["rows_read"] as? Int == 1)
        #expect(accounts["rows_rejected"] as? Int == 1)
        #expect(accounts["blank_rows"] as? Int == 1)
        #expect(accounts["encoding"] as? String == "utf-8")
        let errors = try #require(accounts["errors"] as? [String: [String: Any]])
        #expect(errors["type-error"]?["count"] as? Int == 1)
        let datasets = try #require(report["datasets"] as? [String: [String: Any]])
        #expect(datasets["economic_accounts"]?["reject_ratio"] as? Double == 1.0)
        #expect(result.outcome.failedDatasets.isEmpty)
    }
}
