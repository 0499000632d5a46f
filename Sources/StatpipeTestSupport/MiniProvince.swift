import Foundation

/// A small, valid province on disk: a pipeline file using the repository's schemas, and
/// one clean file per dataset. Tests replace or add files to plant the problem they check.
public final class MiniProvince: @unchecked Sendable {
    public let directory: TemporaryDirectory
    /// The pipeline file's path.
    public var pipeline: String { directory.path("pipelines/mini.yml") }
    /// The output root the pipeline names.
    public var outputRoot: URL { directory.url.appendingPathComponent("out") }

    /// The clean data files, by path relative to the data root.
    public static let cleanFiles: [String: String] = [
        "reference/districts.csv": "district_code,district_name,province_code\n152,Lương Sơn,17\n154,Cao Phong,17\n",
        "districts/152-luong-son/economic_accounts.csv": """
            district_code,unit_id,period,sector,value_current,value_constant
            152,,2024-Q1,agriculture,100,80
            152,,2025-Q1,agriculture,110,80.1

            """,
        "districts/152-luong-son/ocop_products.csv": """
            product_id,product_name,producer,district_code,commune,category,stars,certified_on,expires_on
            P1,Trà hoa vàng,HTX Lương Sơn,152,Xã Lâm Sơn,beverage,3,2023-05-10,
            P2,Mật ong,"HTX Ong, Lương Sơn",152,,food,4,2024-02-01,

            """,
        "districts/152-luong-son/ocop_reevaluations.csv": """
            product_id,evaluated_on,result,stars_after
            P1,2024-06-01,maintained,3
            P1,2024-09-02,upgraded,4

            """,
    ]

    /// Writes the pipeline, the repository's schemas and the clean files, with `changes`
    /// applied (a nil content removes a clean file).
    public init(changes: [String: String?] = [:], maxRejectRatio: String = "1.0", pipelineExtra: String = "") throws {
        directory = try TemporaryDirectory()
        for name in ["districts", "economic_accounts", "ocop_products", "ocop_reevaluations"] {
            let schema = RepositoryPaths.packageRoot.appendingPathComponent("pipelines/schemas/\(name).json")
            try directory.write("pipelines/schemas/\(name).json", bytes: Array(try Data(contentsOf: schema)))
        }
        try directory.write("pipelines/mini.yml", text: """
            name: mini
            province: { code: "17", name: "Hòa Bình" }
            data: ../data
            output: ../out
            validation:
              max_reject_ratio: \(maxRejectRatio)
            datasets:
              districts: { schema: schemas/districts.json, files: [reference/districts.csv] }
              economic_accounts: { schema: schemas/economic_accounts.json, files: ["districts/*/economic_accounts*.csv"] }
              ocop_products: { schema: schemas/ocop_products.json, files: ["districts/*/ocop_products*.csv"] }
              ocop_reevaluations: { schema: schemas/ocop_reevaluations.json, files: ["districts/*/ocop_reevaluations*.csv"] }
            \(pipelineExtra)
            """)
        var files = Self.cleanFiles.mapValues { Optional($0) }
        for (path, content) in changes { files[path] = content }
        for (path, content) in files {
            if let content { try directory.write("data/" + path, text: content) }
        }
    }

    /// Writes raw bytes as a data file.
    public func writeData(_ path: String, bytes: [UInt8]) throws {
        try directory.write("data/" + path, bytes: bytes)
    }

    /// The published `validation/` folder for `period`.
    public func validationDirectory(_ period: String = "2025-Q1") -> URL {
        outputRoot.appendingPathComponent(period).appendingPathComponent("validation")
    }

    /// The lines of a rejects file, without the BOM and header.
    public func rejectLines(_ dataset: String, period: String = "2025-Q1") throws -> [String] {
        let url = validationDirectory(period).appendingPathComponent("rejects/\(dataset).csv")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        return Array(text.components(separatedBy: "\r\n").dropFirst().dropLast())
    }
}
