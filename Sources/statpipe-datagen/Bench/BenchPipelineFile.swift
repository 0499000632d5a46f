import Foundation

/// The pipeline file of a benchmark corpus (SPEC §7): the Hoa Binh datasets over the corpus
/// beside it (`data: .`, `output: out`), with the repository's schemas by absolute path so the
/// corpus can live anywhere.
enum BenchPipelineFile {
    /// The schema files a pipeline needs, one per dataset, in `pipelines/schemas/`.
    static let datasets = Dataset.allCases.map(\.rawValue)

    /// The YAML text, reading the schemas from `schemas` (an absolute directory).
    static func text(schemas: URL) -> String {
        let schema = { (dataset: String) in quoted(schemas.appendingPathComponent("\(dataset).json").path) }
        let files = { (dataset: String) in "[\"districts/*/\(dataset)*.csv\"]" }
        return """
        # Synthetic benchmark corpus written by `statpipe-datagen bench` (SPEC §8): every row is valid.
        # Paths are relative to this file; globs are relative to `data`.
        name: hoa-binh-bench
        province: { code: "\(HoaBinh.provinceCode)", name: "\(HoaBinh.provinceName)" }
        data: .
        output: out
        csv_bom: true
        validation:
          max_reject_ratio: 0.0
        datasets:
          districts:
            schema: \(schema("districts"))
            files: [reference/districts.csv]
          economic_accounts:
            schema: \(schema("economic_accounts"))
            files: \(files("economic_accounts"))
          ocop_products:
            schema: \(schema("ocop_products"))
            files: \(files("ocop_products"))
          ocop_reevaluations:
            schema: \(schema("ocop_reevaluations"))
            files: \(files("ocop_reevaluations"))

        """
    }

    /// A YAML double-quoted scalar (a path may hold spaces, `#` or `:`).
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}
