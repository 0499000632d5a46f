/// One validated input file, as the submissions table counts it.
public struct SubmittedFile: Sendable {
    public let relativePath: String
    public let dataset: String
    public let rowsAccepted: Int
    public let rowsRejected: Int

    public init(relativePath: String, dataset: String, rowsAccepted: Int, rowsRejected: Int) {
        self.relativePath = relativePath
        self.dataset = dataset
        self.rowsAccepted = rowsAccepted
        self.rowsRejected = rowsRejected
    }

    /// The district whose code starts the file's folder name (`districts/152-luong-son/…`),
    /// looking from the innermost folder out; nil when no folder names a district.
    public func district(among codes: [String]) -> String? {
        let folders = relativePath.split(separator: "/").dropLast().reversed()
        for folder in folders {
            // `152-luong-son` belongs to 152, but `1520-x` does not.
            let match = codes.filter { code in
                folder.hasPrefix(code) && !(folder.dropFirst(code.count).first?.isNumber ?? false)
            }
            if let code = match.max(by: { $0.count < $1.count }) { return code }
        }
        return nil
    }
}

/// `submissions.csv` (SPEC §5): what each district sent for each dataset.
public enum SubmissionTable {
    public static let columns = ["period", "area_code", "dataset", "files", "rows_accepted", "rows_rejected", "status"]
    /// The dataset whose status depends on accepted rows for the period rather than on files.
    public static let periodDataset = "economic_accounts"

    /// - Parameters:
    ///   - datasets: The datasets listed, in order.
    ///   - reportedPeriod: Whether a district has an accepted `economic_accounts` row for the period.
    public static func make(
        period: Quarter,
        areas: AreaList,
        datasets: [String],
        files: [SubmittedFile],
        reportedPeriod: (String) -> Bool
    ) -> SummaryTable {
        var table = SummaryTable(name: "submissions", columns: columns)
        let codes = areas.districts.map(\.code)
        let owned = Dictionary(grouping: files) { $0.district(among: codes) ?? "" }
        for district in areas.districts {
            for dataset in datasets {
                let mine = (owned[district.code] ?? []).filter { $0.dataset == dataset }
                let accepted = mine.map(\.rowsAccepted).reduce(0, +)
                let rejected = mine.map(\.rowsRejected).reduce(0, +)
                let isMissing = dataset == periodDataset ? !reportedPeriod(district.code) : mine.isEmpty
                let status = isMissing ? "missing" : rejected > 0 ? "has_errors" : "ok"
                table.append([
                    .text(period.description), .text(district.code), .text(dataset), .count(mine.count),
                    .count(accepted), .count(rejected), .text(status),
                ])
            }
        }
        return table
    }
}
