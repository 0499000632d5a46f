import StatpipeCore

/// The verified figures as Markdown tables, printed by `sample` and written into the README.
struct FigureTables {
    let verification: SampleVerification
    let corpus: SampleCorpus

    private var published: PublishedFigures { corpus.published }

    /// growth_by_area for the period: province first, then districts.
    var growthByArea: MarkdownTable {
        let period = published.period
        var table = MarkdownTable("area_code", "area_name", "grdp_constant \(period)",
                                  "grdp_constant \(period.advanced(by: -4))", "yoy_growth_pct", numericFrom: 2)
        for area in verification.growth.areas {
            table.add(area.code, area.name, text(area.grdp), text(area.previous), text(area.growth))
        }
        return table
    }

    /// growth_by_sector for the province.
    var provinceSectors: MarkdownTable {
        var table = MarkdownTable("sector", "value_constant", "value_constant_prev", "yoy_growth_pct",
                                  "contribution_pp", "share_current_pct", numericFrom: 1)
        guard let province = verification.growth.areas.first else { return table }
        for sector in Sector.allCases {
            let figures = province.sectors[sector]
            table.add(sector.rawValue, text(figures?.value), text(figures?.previous), text(figures?.growth),
                      text(figures?.contribution), text(province.currentShares[sector]))
        }
        return table
    }

    /// ocop_timeline for the province, with each district's new certificates per year.
    var certificationTimeline: MarkdownTable {
        let codes = HoaBinh.districts.map(\.code)
        var table = MarkdownTable(["year", "certified_in_year", "certified_cumulative", "in_force_at_year_end"] + codes)
        table.numericColumns = Set(0..<table.header.count)
        for year in verification.ocop.timeline {
            let byDistrict = verification.ocop.certifiedByYear[year.year, default: [:]]
            table.add([String(year.year), String(year.certified), String(year.cumulative), String(year.inForceAtYearEnd)]
                      + codes.map { String(byDistrict[$0, default: 0]) })
        }
        return table
    }

    /// Products in force in the province on the as-of date, by star rating.
    var inForce: MarkdownTable {
        var table = MarkdownTable("area_code", "stars_3", "stars_4", "stars_5", "total", numericFrom: 1)
        let ocop = verification.ocop
        table.add(HoaBinh.provinceCode, String(ocop.inForceByStars[3, default: 0]), String(ocop.inForceByStars[4, default: 0]),
                  String(ocop.inForceByStars[5, default: 0]), String(ocop.inForceByStars.values.reduce(0, +)))
        return table
    }

    /// In force on the as-of date by district and by category.
    var inForceBreakdown: MarkdownTable {
        var table = MarkdownTable(["breakdown"] + HoaBinh.districts.map(\.code) + OcopCategory.allCases.map(\.rawValue))
        table.numericColumns = Set(1..<table.header.count)
        let ocop = verification.ocop
        table.add(["in force on \(published.asOf)"]
                  + HoaBinh.districts.map { String(ocop.inForceByDistrict[$0.code, default: 0]) }
                  + OcopCategory.allCases.map { String(ocop.inForceByCategory[$0, default: 0]) })
        return table
    }

    /// reevaluation_compliance for the period.
    var compliance: MarkdownTable {
        var table = MarkdownTable("area_code", "required", "reevaluated", "overdue", "compliance_pct", "maintained",
                                  "upgraded", "downgraded", "revoked", "fail_pct", numericFrom: 1)
        for code in [HoaBinh.provinceCode] + HoaBinh.districts.map(\.code) {
            let area = verification.ocop.compliance[code] ?? OcopFigures.Compliance()
            table.add([code, String(area.required), String(area.reevaluated), String(area.overdue), text(area.compliance)]
                      + ReevaluationResult.allCases.map { String(area.results[$0, default: 0]) }
                      + [text(area.fail)])
        }
        return table
    }

    /// The planted bad rows: file, physical line, expected error.
    var badRows: MarkdownTable {
        var table = MarkdownTable("file", "line", "error_code", "field", "what")
        for defect in corpus.defects {
            table.add("`\(defect.path)`", String(defect.line), "`\(defect.expectedCode)`",
                      defect.field.isEmpty ? "(empty: row-level)" : "`\(defect.field)`", defect.story)
        }
        return table
    }

    /// A value as statpipe prints it (3 decimals); empty when undefined.
    private func text(_ value: ExactDecimal?) -> String { value.map { DecimalRounding.rounded($0, places: 3) } ?? "" }
    /// A printed percentage; empty when undefined.
    private func text(_ value: String?) -> String { value ?? "" }
}
