/// A deliberately bad row: the file it goes in, where, what it holds, and the error statpipe must give it.
struct PlantedRow<Record: DatasetRecord> {
    let districtCode: String
    let fileName: String
    /// The row goes right after the last record satisfying this, or first when none does.
    let after: (Record) -> Bool
    /// The row's schema cells, written in the file's style.
    let cells: (FileStyle) -> [String: String]
    /// The expected error: an error code of SPEC §4 and the schema field it is about ("" for a row-level one).
    let expectedCode: String
    let field: String
    /// One sentence for the README: what went wrong at the district.
    let story: String
}

/// A planted bad row once written: its file and the physical line its record starts on.
struct LocatedDefect: Hashable, Comparable {
    /// Relative to the data root, e.g. `districts/156-mai-chau/economic_accounts.csv`.
    let path: String
    let line: Int
    let dataset: Dataset
    let expectedCode: String
    let field: String
    let story: String

    static func < (lhs: LocatedDefect, rhs: LocatedDefect) -> Bool {
        (lhs.path, lhs.line) < (rhs.path, rhs.line)
    }
}
