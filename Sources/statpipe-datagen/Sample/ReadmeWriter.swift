import StatpipeCore

/// Writes `sample-data/README.md`: what the data is, its layout and mess, and the figures it must give.
struct ReadmeWriter {
    let corpus: SampleCorpus
    let verification: SampleVerification

    var text: String {
        let tables = FigureTables(verification: verification, corpus: corpus)
        let published = corpus.published
        let economicRows = verification.data.rowsRead[.economicAccounts] ?? 0
        let economicDefects = corpus.defects.count { $0.dataset == .economicAccounts }
        return """
        # statpipe sample data — Hòa Bình province (GSO 17)

        Synthetic but realistic district submissions for the Hoa Binh pipeline (SPEC §3, §7): GRDP
        production reports (`economic_accounts`), OCOP certificates (`ocop_products`) and their quarterly
        re-evaluations (`ocop_reevaluations`), with the encodings, delimiters and mistakes districts really
        send. The numbers are invented: they are **not** official statistics. They are built so that,
        under SPEC §5 (exact decimals, rounded once, half away from zero, accepted rows only), the
        \(published.period) bulletin gives exactly the published figures below. Nothing in statpipe
        may be tuned to this data.

        Do not edit these files by hand. Regenerate them (deterministic: same bytes every run) with

        ```
        swift run statpipe-datagen sample --out sample-data
        ```

        The generator (`Sources/statpipe-datagen`) writes the files, reads them back as SPEC §2 says
        statpipe does, re-validates every row (SPEC §3–§4), recomputes every figure in this README
        exactly and fails if any published figure differs. It replaces `reference/` and `districts/`.

        ## Layout

        ```
        reference/districts.csv            district_code,district_name,province_code (the 10 units)
        districts/<code>-<slug>/           one folder per district, e.g. 152-luong-son/
            economic_accounts*.csv         district_code,[unit_id,]period,sector,value_current,value_constant
            economic_accounts*.xlsx        the same columns in an Excel workbook's data sheet (one district, below)
            ocop_products*.csv             product_id,product_name,producer,district_code,commune,category,stars,certified_on,expires_on
            ocop_reevaluations*.csv        product_id,evaluated_on,result,stars_after
        ```

        * economic_accounts: \(quarterRange), four sectors, VND billion with up to 3 decimals, at constant
          2010 prices and at current prices (deflator ≈ 1.3–1.6). Hòa Bình city (148), Lương Sơn (152) and
          Cao Phong (154) report by unit (wards, communes, an industrial park: several `unit_id` rows per
          sector and quarter, which statpipe sums); the others send whole-district rows, most without a
          `unit_id` column.
        * ocop_products: one row per certificate. `expires_on` is mostly empty (default: certified_on +
          36 months); 148 and 153 fill it in. A renewal is a new certificate (new `product_id`) for the
          same product name and producer.
        * ocop_reevaluations: every certificate owes one re-evaluation per quarter it is in force from
          its start (SPEC §5); most are `maintained`, some quarters are skipped, a few products are
          upgraded, downgraded or revoked.

        ## Files and their mess

        \(fileTable.text)
        \(districtNotes)

        The pipeline must carry, for the windows-1258 district(s) and for the data sheet of the workbook(s):

        ```yaml
        overrides:
        \(overrides)
        ```

        ## Published figures (\(published.period), as of \(published.asOf))

        Recomputed from the written files by the generator; each must come out exactly.

        \(publishedFigures)

        ## Further expected figures

        Not published, but what statpipe must compute from this data (`--period \(published.period)`).

        growth_by_area (yoy at constant prices, VND billion):

        \(tables.growthByArea.text)
        growth_by_sector, province:

        \(tables.provinceSectors.text)
        ocop_timeline, province (and certificates per year by district):

        \(tables.certificationTimeline.text)
        ocop_counts on \(published.asOf), all categories:

        \(tables.inForce.text)
        \(tables.inForceBreakdown.text)
        reevaluation_compliance, \(published.period) (overdue products: \(verification.ocop.overdue.joined(separator: ", "))):

        \(tables.compliance.text)
        ## Bad rows

        \(corpus.defects.count) rows must be rejected, each with the error code and field below (its first
        error in the order of SPEC §4). They are extra rows: no figure above counts them. In
        economic_accounts they are \(economicDefects) of \(economicRows) data rows, under the
        dataset's `max_reject_ratio: 0.01`. `line` is the physical line where the record starts (header = 1,
        a quoted line break counts), i.e. `row_number` in `validation/rejects/DATASET.csv`. Every other row
        must be accepted.

        \(tables.badRows.text)
        SPEC leaves the `field` of a composite primary-key `unique-error` open; a row-level (empty)
        field is expected here.
        """
    }

    /// The published figures, one bullet each.
    private var publishedFigures: String {
        let published = corpus.published
        let stars = (3...5).map { "**\(published.inForceByStars[$0, default: 0])** at \($0)★" }
        return [
            "Province GRDP at constant prices, \(published.period) vs \(published.period.advanced(by: -4)): "
                + "yoy growth **\(published.provinceGrowth)** %.",
            "Sector growth: \(sectorList(published.sectorGrowth)) (%).",
            "Contributions: \(sectorList(published.contributions)) (pp; taxes' follows, see below).",
            "Every district has accepted economic_accounts rows in every quarter \(quarterRange).",
            "OCOP: first certification year **\(published.firstCertificationYear)**, with "
                + "**\(published.firstYearCertificates)** certificates.",
            "**\(published.listedYearCertificates.values.reduce(0, +))** certificates newly certified in "
                + "\(published.listedYear): \(districtList(published.listedYearCertificates)).",
            "**\(published.inForce)** products in force on \(published.asOf): \(stars.joined(separator: ", ")).",
        ].map { "* " + $0 }.joined(separator: "\n")
    }

    private var quarterRange: String {
        "\(corpus.published.reportedQuarters.first?.description ?? "")…\(corpus.published.period)"
    }

    /// One bullet per district: what is peculiar about its files.
    private var districtNotes: String {
        corpus.layouts.map { "* **\($0.district.folder)** — \($0.notes)" }.joined(separator: "\n")
    }

    /// The `overrides:` entries the pipeline needs: for districts written in the Vietnamese number
    /// locale, then for the data sheet of districts' workbooks.
    private var overrides: String {
        let numbers = corpus.layouts.filter(\.needsVietnameseNumberOverride).map { layout in
            let encoding = layout.economicAccounts.first?.style.dialect.encoding.inspectName ?? "windows-1258"
            return "  - files: \"districts/\(layout.district.code)-*/*\"\n    decimal: \",\"\n    thousands: \".\"\n"
                + "    encoding: \(encoding)"
        }
        let sheets = corpus.layouts.compactMap { layout in
            layout.workbookSheet.map { sheet in
                "  - files: \"districts/\(layout.district.code)-*/*.xlsx\"\n    sheet: \"\(sheet)\""
            }
        }
        return (numbers + sheets).joined(separator: "\n")
    }

    private var fileTable: MarkdownTable {
        var table = MarkdownTable("file", "rows", "bytes", "encoding, delimiter, line ends", numericFrom: 1)
        table.numericColumns = [1, 2]
        for (file, written) in zip(verification.files, corpus.files) {
            table.add("`\(file.path)`", String(file.records.count), String(written.bytes.count), written.format.summary)
        }
        return table
    }

    private func sectorList(_ values: [Sector: String]) -> String {
        Sector.allCases.compactMap { sector in values[sector].map { "\(sector.rawValue) **\($0)**" } }
            .joined(separator: ", ")
    }

    private func districtList(_ counts: [String: Int]) -> String {
        HoaBinh.districts.map { "\($0.name) \(counts[$0.code, default: 0])" }.joined(separator: ", ")
    }
}
