import StatpipeCore

extension BulletinBuilder {
    /// The four headline figures: province growth, OCOP in force, compliance, rejected rows.
    func headlines() -> [BulletinDocument.Headline] {
        let period = context.period
        let growth = SummaryRows(context.table("growth_by_area")).first("area_code", provinceCode)
        let counts = SummaryRows(context.table("ocop_counts")).rows.first {
            isProvince($0) && $0["category"] == OcopTables.allCategories
        }
        let stars = OcopTables.starColumns.map { "\(figure(counts?["stars_\($0)"] ?? "")) × \($0)★" }
        let compliance = SummaryRows(context.table("reevaluation_compliance")).first("area_code", provinceCode)
        let datasets = context.outcome.datasets
        return [
            .init(
                label: text(.grdpGrowth),
                value: percent(growth?["yoy_growth_pct"] ?? ""),
                detail: text(.grdpGrowthDetail, period.description, period.advanced(by: -4).description)
            ),
            .init(
                label: text(.ocopInForce),
                value: figure(counts?["total"] ?? ""),
                detail: text(.ocopInForceDetail, context.asOf.description, stars.joined(separator: ", "))
            ),
            .init(
                label: text(.compliance),
                value: percent(compliance?["compliance_pct"] ?? ""),
                detail: text(
                    .complianceDetail,
                    figure(compliance?["reevaluated"] ?? ""),
                    figure(compliance?["required"] ?? ""),
                    figure(compliance?["overdue"] ?? "")
                )
            ),
            .init(
                label: text(.rejectedRows),
                value: String(datasets.map(\.rowsRejected).reduce(0, +)),
                detail: text(
                    .rejectedRowsDetail,
                    String(datasets.map(\.rowsRead).reduce(0, +)),
                    String(context.outcome.files.count)
                )
            ),
        ]
    }

    /// GRDP growth: the district chart, the table by area and the province's sectors.
    func growthSection() -> BulletinDocument.Section {
        let period = context.period.description
        let previous = context.period.advanced(by: -4).description
        let areas = SummaryRows(context.table("growth_by_area"))
        let province = areas.first("area_code", provinceCode)
        let bars = areas.rows.filter { !isProvince($0) }.map { row in
            BarChart.Bar(label: name(row["area_code"]), value: row.value("yoy_growth_pct"), text: row["yoy_growth_pct"])
        }
        let chart = BarChart(
            caption: text(.growthChart, period, previous),
            bars: BarChart.sorted(bars),
            unit: "%",
            reference: province.flatMap { row in
                row.value("yoy_growth_pct").map {
                    .init(label: text(.province), value: $0, text: row["yoy_growth_pct"])
                }
            },
            notAvailable: text(.notAvailable),
            noData: text(.noData)
        )
        let byArea = BulletinDocument.Table(
            caption: text(.growthByArea),
            columns: [
                .init(title: text(.area)), numeric("GRDP \(period)"), numeric("GRDP \(previous)"),
                numeric(text(.growthPercent)), numeric(text(.yearToDatePercent)), numeric(text(.rank)),
            ],
            rows: areas.rows.map { row in
                .init(
                    cells: [.init(name(row["area_code"]))]
                        + ["grdp_constant", "grdp_constant_prev", "yoy_growth_pct", "ytd_growth_pct"].map {
                            number(row[$0])
                        }
                        // Rank is empty by definition for the province: leave it blank, not undefined.
                        + [isProvince(row) ? "" : number(row["rank"])],
                    isTotal: isProvince(row)
                )
            }
        )
        let sectors = SummaryRows(context.table("growth_by_sector")).filter("area_code", provinceCode)
        let bySector = BulletinDocument.Table(
            caption: text(.growthBySector, context.province.name),
            columns: [
                .init(title: text(.sector)), numeric(period), numeric(previous), numeric(text(.growthPercent)),
                numeric(text(.contribution)), numeric(text(.share)),
            ],
            rows: sectors.map { row in
                .init(
                    cells: [.init(BulletinLabel.value(row["sector"], language))]
                        + [
                            "value_constant", "value_constant_prev", "yoy_growth_pct", "contribution_pp",
                            "share_current_pct",
                        ].map { number(row[$0]) }
                )
            }
        )
        return .init(
            id: "growth",
            heading: text(.sectionGrowth),
            blocks: [.barChart(chart), .table(byArea), .table(bySector)]
        )
    }
}
