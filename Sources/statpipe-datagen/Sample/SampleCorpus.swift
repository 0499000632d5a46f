import StatpipeCore

/// The Hoa Binh sample data set: every file's bytes and where its planted bad rows landed.
struct SampleCorpus {
    /// Every file, sorted by path (the order statpipe processes them in).
    let files: [SampleFile]
    /// The planted bad rows, sorted by path and line.
    let defects: [LocatedDefect]
    let layouts: [DistrictLayout]
    let published: PublishedFigures

    /// The seed of every stream of the sample ("STATPIPE" in ASCII).
    static let seed: UInt64 = 0x5354_4154_5049_5045

    /// Generates the sample: records, planted rows, files.
    static func hoaBinh() throws -> SampleCorpus {
        let random = SplitMix64(seed: seed)
        let published = PublishedFigures.hoaBinh2025Q1
        let economic = EconomicAccountsBuilder.hoaBinh.records(
            quarters: published.reportedQuarters, random: random.derived("economic_accounts"))
        let ocop = OcopBuilder.hoaBinh.build(random: random.derived("ocop"))
        let districtOfProduct = Dictionary(uniqueKeysWithValues: ocop.certificates.map { ($0.productID, $0.districtCode) })
        let plantedEconomic = HoaBinhDefects.economicAccounts(economic)
        let plantedProducts = HoaBinhDefects.products(ocop.certificates)

        var files = [referenceFile()]
        var defects: [LocatedDefect] = []
        for layout in HoaBinhLayouts.layouts {
            let district = layout.district
            let parts = [
                try FileAssembler.files(of: district, layout.economicAccounts,
                                        records: economic.filter { $0.districtCode == district.code },
                                        planted: plantedEconomic),
                try FileAssembler.files(of: district, layout.products,
                                        records: ocop.certificates.filter { $0.districtCode == district.code },
                                        planted: plantedProducts),
                try FileAssembler.files(of: district, layout.reevaluations,
                                        records: ocop.reevaluations.filter { districtOfProduct[$0.productID] == district.code },
                                        planted: []),
            ]
            files += parts.flatMap(\.files)
            defects += parts.flatMap(\.defects)
        }
        precondition(defects.count == plantedEconomic.count + plantedProducts.count, "a planted row found no file")
        return SampleCorpus(files: files.sorted { $0.path < $1.path }, defects: defects.sorted(),
                            layouts: HoaBinhLayouts.layouts, published: published)
    }

    /// `reference/districts.csv`: the province's units, UTF-8.
    static func referenceFile() -> SampleFile {
        let rows = HoaBinh.districts.map { [$0.code, $0.name, HoaBinh.provinceCode] }
        let dialect = CSVDialect()
        let text = CSVRenderer(dialect: dialect).render(header: Dataset.districts.fields, records: rows).text
        return SampleFile(path: "reference/districts.csv", dataset: .districts, format: .csv(dialect),
                          bytes: Array(text.nfc.utf8),
                          rows: ([Dataset.districts.fields] + rows).map { $0.map(TableCell.text) })
    }
}
