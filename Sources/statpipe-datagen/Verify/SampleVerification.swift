import Foundation
import StatpipeCore
import StatpipeEngine

/// Reads a written sample back from disk and checks it: bytes, encodings, the rows statpipe must
/// reject, and every published figure recomputed exactly from the rows it must accept.
struct SampleVerification {
    let growth: GrowthFigures
    let ocop: OcopFigures
    let data: AcceptedData
    /// Every file as read back, in path order.
    let files: [ReadBackFile]
    /// One line per failed check; empty when the sample is as published.
    let problems: [String]

    /// The largest share of economic_accounts rows that may be rejected (the pipeline's max_reject_ratio).
    static let maxEconomicRejectRatio = (numerator: 1, denominator: 100)

    /// Reads `corpus`'s files back from `root` and runs every check; throws only when a file cannot be read.
    init(root: URL, corpus: SampleCorpus) throws {
        let published = corpus.published
        let layoutOf = { (path: String) in corpus.layouts.first { path.hasPrefix("districts/\($0.district.folder)/") } }
        let numbers = { (path: String) in layoutOf(path)?.readingNumbers ?? NumberFormat() }
        let files = try corpus.files.map { try ReadBackFile(root: root, file: $0, numbers: numbers($0.path)) }
        self.files = files
        data = SampleValidator(districtCodes: Set(try Self.referenceCodes(files)), numbers: numbers).validate(files)
        growth = GrowthFigures(records: data.economic, period: published.period, districts: HoaBinh.districts,
                               province: (HoaBinh.provinceCode, HoaBinh.provinceName))
        ocop = OcopFigures(products: data.products, reevaluations: data.reevaluations, period: published.period,
                           asOf: published.asOf, provinceCode: HoaBinh.provinceCode)

        var checks = Checklist()
        try Self.checkFilesOnDisk(root: root, corpus: corpus, &checks)
        Self.checkReadBack(files, corpus: corpus, &checks)
        try Self.checkCoverSheets(root: root, corpus: corpus, &checks)
        Self.checkRejections(data, corpus: corpus, &checks)
        Self.checkGrowth(growth, published: published, &checks)
        Self.checkOcop(ocop, published: published, &checks)
        Self.checkVietnameseNumbers(files, corpus: corpus, &checks)
        problems = checks.problems
    }

    private static func referenceCodes(_ files: [ReadBackFile]) throws -> [String] {
        guard let reference = files.first(where: { $0.path == "reference/districts.csv" }),
              let column = reference.column(of: "district_code")
        else { throw ReadBackFile.Malformed(description: "reference/districts.csv missing or without district_code") }
        return reference.records.map { $0.cells[column] }
    }

    /// No file under the data root's trees but the corpus's (a stale one would be globbed).
    private static func checkFilesOnDisk(root: URL, corpus: SampleCorpus, _ checks: inout Checklist) throws {
        var onDisk: [String] = []
        for tree in ["reference", "districts"] {
            let base = root.appendingPathComponent(tree)
            guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
            else { continue }
            for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                onDisk.append(tree + "/" + url.path.dropFirst(base.path.count + 1))
            }
        }
        checks.expect(onDisk.sorted() == corpus.files.map(\.path), "files on disk differ from the corpus: \(onDisk.sorted())")
    }

    /// Each CSV file decodes (as statpipe sniffs it) in the encoding and with the delimiter and blank
    /// rows it was written with; each workbook is read from its data sheet, without blank rows; and
    /// every file reads back the cells it was written with (a number by its value, since a workbook
    /// stores `412.500` as the number 412.5).
    private static func checkReadBack(_ files: [ReadBackFile], corpus: SampleCorpus, _ checks: inout Checklist) {
        for (file, written) in zip(files, corpus.files) {
            switch (written.format, file.source) {
            case let (.csv(dialect), .csv(encoding, delimiter)):
                checks.expect(encoding == dialect.encoding, "\(file.path): reads as \(encoding.inspectName), "
                              + "written as \(dialect.encoding.inspectName)")
                checks.expect(delimiter == dialect.delimiter, "\(file.path): delimiter sniffed as \(delimiter)")
                checks.expect(file.blankRows == dialect.trailingBlankRows, "\(file.path): \(file.blankRows) blank rows")
            case let (.workbook(layout), .sheet(displayPath)):
                checks.expect(displayPath == "\(file.path)#\(layout.dataSheet)", "\(file.path): read as \(displayPath)")
                checks.expect(file.blankRows == 0, "\(file.path): \(file.blankRows) blank rows")
            default:
                checks.expect(false, "\(file.path): written as \(written.format.summary), read as \(file.source)")
            }
            let read = [file.header] + file.records.map(\.cells)
            let same = read.count == written.rows.count && zip(read, written.rows).allSatisfy { cells, cellsWritten in
                cells.count == cellsWritten.count && zip(cells, cellsWritten).allSatisfy(Self.readsBack)
            }
            checks.expect(same, "\(file.path): the cells read back differ from those written")
        }
    }

    /// Whether `text` is what a file gives back for `cell`: the same NFC bytes, or for a number the
    /// same value.
    private static func readsBack(_ text: String, as cell: TableCell) -> Bool {
        if case .number(let written) = cell, let value = ExactDecimal(parsing: written) {
            return ExactDecimal(parsing: text) == value
        }
        return text.hasSameNFCBytes(as: cell.text)
    }

    /// A workbook's first sheet is its cover, not its data: statpipe's default sheet would read the
    /// note, so the pipeline must name the data sheet (its `sheet:` override).
    private static func checkCoverSheets(root: URL, corpus: SampleCorpus, _ checks: inout Checklist) throws {
        for file in corpus.files {
            guard case .workbook(let layout) = file.format else { continue }
            let reader = try TableOpener.open(root.appendingPathComponent(file.path).path, displayPath: file.path)
            let isCover = reader.displayPath == "\(file.path)#\(layout.coverSheet)"
                && reader.header == Array(layout.coverLines.prefix(1))
            checks.expect(isCover, "\(file.path): the first sheet is \(reader.displayPath), headed \(reader.header)")
        }
    }

    /// The rows rejected are exactly the planted ones, with their codes and fields, and few enough.
    private static func checkRejections(_ data: AcceptedData, corpus: SampleCorpus, _ checks: inout Checklist) {
        let expected = corpus.defects.map { Rejection(path: $0.path, line: $0.line, code: $0.expectedCode, field: $0.field) }
        checks.expect(data.rejections == expected, "rejected rows \(data.rejections) differ from the planted \(expected)")
        let economicRejected = data.rejections.count { $0.path.contains("/economic_accounts") }
        let ratio = maxEconomicRejectRatio
        checks.expect(economicRejected * ratio.denominator <= (data.rowsRead[.economicAccounts] ?? 0) * ratio.numerator,
               "\(economicRejected) economic_accounts rejects exceed the 1% ratio")
    }

    private static func checkGrowth(_ growth: GrowthFigures, published: PublishedFigures, _ checks: inout Checklist) {
        for quarter in published.reportedQuarters {
            let missing = HoaBinh.districts.map(\.code).filter { growth.reporting[quarter]?.contains($0) != true }
            checks.expect(missing.isEmpty, "\(quarter): no accepted economic_accounts rows for \(missing)")
        }
        guard let province = growth.areas.first else { return checks.expect(false, "no province growth") }
        checks.expect(province.growth == published.provinceGrowth,
               "province growth \(province.growth ?? "empty") ≠ \(published.provinceGrowth)")
        for sector in Sector.allCases {
            let figures = province.sectors[sector]
            if let target = published.sectorGrowth[sector] {
                checks.expect(figures?.growth == target, "\(sector) growth \(figures?.growth ?? "empty") ≠ \(target)")
            }
            if let target = published.contributions[sector] {
                checks.expect(figures?.contribution == target,
                       "\(sector) contribution \(figures?.contribution ?? "empty") ≠ \(target)")
            }
        }
        checks.expect(growth.areas.dropFirst().allSatisfy { $0.growth != nil }, "a district has no growth figure")
    }

    private static func checkOcop(_ ocop: OcopFigures, published: PublishedFigures, _ checks: inout Checklist) {
        let first = ocop.timeline.first
        checks.expect(first?.year == published.firstCertificationYear && first?.certified == published.firstYearCertificates,
               "first certification year \(first.map { "\($0.year): \($0.certified)" } ?? "none")")
        let listed = ocop.certifiedByYear[published.listedYear, default: [:]]
        checks.expect(listed == published.listedYearCertificates, "\(published.listedYear) certificates by district: \(listed)")
        let inForce = ocop.inForceByStars.values.reduce(0, +)
        checks.expect(inForce == published.inForce, "\(inForce) products in force, published \(published.inForce)")
        for (stars, count) in published.inForceByStars {
            checks.expect(ocop.inForceByStars[stars, default: 0] == count,
                   "\(ocop.inForceByStars[stars, default: 0]) products at \(stars)★, published \(count)")
        }
        let province = ocop.compliance[HoaBinh.provinceCode] ?? OcopFigures.Compliance()
        checks.expect(province.overdue > 0, "no overdue product in \(published.period)")
        checks.expect(province.results[.downgraded, default: 0] > 0, "no downgrade in \(published.period)")
        checks.expect(province.results[.revoked, default: 0] > 0, "no revocation in \(published.period)")
    }

    /// Files read with the Vietnamese number override really use both separators somewhere.
    private static func checkVietnameseNumbers(_ files: [ReadBackFile], corpus: SampleCorpus, _ checks: inout Checklist) {
        for layout in corpus.layouts where layout.needsVietnameseNumberOverride {
            let economic = files.filter { $0.path.hasPrefix("districts/\(layout.district.folder)/economic_accounts") }
            let grouped = economic.contains { file in
                file.records.contains { $0.cells.contains { $0.contains(".") && $0.contains(",") } }
            }
            checks.expect(grouped, "\(layout.district.folder): no number written as 1.234,5")
        }
    }
}

/// The failed checks of a verification, one line each.
private struct Checklist {
    var problems: [String] = []

    /// Records `problem` unless `condition` holds.
    mutating func expect(_ condition: Bool, _ problem: @autoclosure () -> String) {
        if !condition { problems.append(problem()) }
    }
}
