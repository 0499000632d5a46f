import StatpipeCore

/// How one district sends its data: its files for each dataset, and how they are written.
struct DistrictLayout {
    let district: District
    let economicAccounts: [DatasetFile<EconomicAccountRecord>]
    let products: [DatasetFile<OcopCertificate>]
    let reevaluations: [DatasetFile<OcopReevaluation>]
    /// True when the pipeline must read this district's numbers as `1.234,5`
    /// (an `overrides:` entry with `decimal: ","` and `thousands: "."`).
    let needsVietnameseNumberOverride: Bool
    /// What is peculiar about the district's files, for the README (Markdown).
    let notes: String

    /// The data sheet of the district's workbooks, which the pipeline names in a `sheet:` override
    /// for its `.xlsx` files; nil when it sends none. A district keeps its data in sheets of one name,
    /// so a single override covers all its workbooks.
    var workbookSheet: String? {
        (economicAccounts.map(\.style) + products.map(\.style) + reevaluations.map(\.style))
            .lazy.compactMap(\.workbook?.dataSheet).first
    }

    /// The number format the pipeline reads this district's files with (its `overrides:` entry).
    var readingNumbers: NumberFormat {
        needsVietnameseNumberOverride ? NumberFormat(decimalMark: ",", groupMark: ".") : NumberFormat()
    }

    /// A district whose three datasets share one style, each in a single file unless given.
    init(_ district: District, style: FileStyle, notes: String, needsVietnameseNumberOverride: Bool = false,
         economicAccounts: [DatasetFile<EconomicAccountRecord>]? = nil,
         products: [DatasetFile<OcopCertificate>]? = nil,
         reevaluations: [DatasetFile<OcopReevaluation>]? = nil) {
        self.district = district
        self.economicAccounts = economicAccounts ?? [DatasetFile("economic_accounts.csv", style: style)]
        self.products = products ?? [DatasetFile("ocop_products.csv", style: style)]
        self.reevaluations = reevaluations ?? [DatasetFile("ocop_reevaluations.csv", style: style)]
        self.needsVietnameseNumberOverride = needsVietnameseNumberOverride
        self.notes = notes
    }
}
