import StatpipeCore

extension BulletinBuilder {
    /// OCOP: the province timeline (chart and table), counts by area × stars and by group.
    func ocopSection() -> BulletinDocument.Section {
        let province = context.province.name
        let asOf = context.asOf.description
        let timeline = SummaryRows(context.table("ocop_timeline")).filter("area_code", provinceCode)
        let chart = TimelineChart(
            caption: text(.timelineChart, province),
            years: timeline.map { row in
                .init(
                    label: row["year"],
                    certified: row.value("certified_in_year"),
                    certifiedText: row["certified_in_year"],
                    inForce: row.value("in_force_at_year_end"),
                    inForceText: row["in_force_at_year_end"]
                )
            },
            certifiedLegend: text(.certifiedInYear),
            inForceLegend: text(.inForceAtYearEnd),
            noData: text(.noData)
        )
        let years = BulletinDocument.Table(
            caption: text(.timelineChart, province),
            columns: [
                .init(title: text(.year)), numeric(text(.certifiedInYear)), numeric(text(.certifiedCumulative)),
                numeric(text(.inForceAtYearEnd)),
            ],
            rows: timeline.map { row in
                .init(
                    cells: [.init(row["year"])]
                        + [
                            "certified_in_year", "certified_cumulative", "in_force_at_year_end",
                        ].map { number(row[$0]) }
                )
            },
            emptyNote: text(.noData)
        )
        let counts = SummaryRows(context.table("ocop_counts"))
        let starColumns = OcopTables.starColumns.map { numeric("\($0)★") } + [numeric(text(.total))]
        let starCells = { (row: SummaryRows.Row) in
            OcopTables.starColumns.map { self.number(row["stars_\($0)"]) } + [self.number(row["total"])]
        }
        let byArea = BulletinDocument.Table(
            caption: text(.countsByDistrict, asOf),
            columns: [.init(title: text(.area))] + starColumns,
            rows: counts.filter("category", OcopTables.allCategories).map { row in
                .init(cells: [.init(name(row["area_code"]))] + starCells(row), isTotal: isProvince(row))
            }
        )
        let byGroup = BulletinDocument.Table(
            caption: text(.countsByGroup, asOf, province),
            columns: [.init(title: text(.productGroup))] + starColumns,
            rows: counts.filter("area_code", provinceCode).map { row in
                let isAll = row["category"] == OcopTables.allCategories
                let label = isAll ? text(.total) : BulletinLabel.value(row["category"], language)
                return .init(cells: [.init(label)] + starCells(row), isTotal: isAll)
            }
        )
        return .init(
            id: "ocop",
            heading: text(.sectionOcop),
            blocks: [.timelineChart(chart), .table(years), .table(byArea), .table(byGroup)]
        )
    }
}
