/// The small files a full pipeline run needs besides economic_accounts: the reference list and
/// each district's OCOP products and re-evaluations.
///
/// They are the sample's own (same generator, same seed), written plainly (UTF-8, `,`, LF, ISO
/// dates) and without the sample's planted bad rows, so that every row is valid.
enum BenchSupportFiles {
    /// `reference/districts.csv` and, per district, `ocop_products.csv` and `ocop_reevaluations.csv`.
    static func files() throws -> [SampleFile] {
        let ocop = OcopBuilder.hoaBinh.build(random: SplitMix64(seed: SampleCorpus.seed).derived("ocop"))
        let districtOfProduct = Dictionary(uniqueKeysWithValues: ocop.certificates.map {
            ($0.productID, $0.districtCode)
        })
        let style = FileStyle()
        var files = [SampleCorpus.referenceFile()]
        for district in HoaBinh.districts {
            files += try FileAssembler.files(
                of: district, [DatasetFile("ocop_products.csv", style: style)],
                records: ocop.certificates.filter { $0.districtCode == district.code }, planted: []
            ).files
            files += try FileAssembler.files(
                of: district, [DatasetFile("ocop_reevaluations.csv", style: style)],
                records: ocop.reevaluations.filter { districtOfProduct[$0.productID] == district.code }, planted: []
            ).files
        }
        return files
    }
}
