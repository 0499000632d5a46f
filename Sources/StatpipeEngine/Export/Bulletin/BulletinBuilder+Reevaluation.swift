import StatpipeCore

extension BulletinBuilder {
    /// Re-evaluation: the compliance chart by district, the compliance table and the
    /// overdue list.
    func reevaluationSection() -> BulletinDocument.Section {
        let period = context.period.description
        let compliance = SummaryRows(context.table("reevaluation_compliance"))
        let bars = compliance.rows.filter { !isProvince($0) }.map { row in
            BarChart.Bar(label: name(row["area_code"]), value: row.value("compliance_pct"), text: row["compliance_pct"])
        }
        let chart = BarChart(
            caption: text(.complianceChart, period),
            bars: BarChart.sorted(bars),
            unit: "%",
            minimumDomain: 0...100,
            reference: compliance.first("area_code", provinceCode).flatMap { row in
                row.value("compliance_pct").map {
                    .init(label: text(.province), value: $0, text: row["compliance_pct"])
                }
            },
            notAvailable: text(.notAvailable),
            noData: text(.noData)
        )
        // Two tables of the one CSV: ten columns do not fit the width of an A4 page.
        let table = { (caption: String, columns: [(String, BulletinLabel)]) in
            BulletinDocument.Table(
                caption: caption,
                columns: [.init(title: self.text(.area))] + columns.map { self.numeric(self.text($0.1)) },
                rows: compliance.rows.map { row in
                    .init(
                        cells: [.init(self.name(row["area_code"]))] + columns.map { self.number(row[$0.0]) },
                        isTotal: self.isProvince(row)
                    )
                }
            )
        }
        let due = table(
            text(.complianceTable, period),
            [
                ("required", .required), ("reevaluated", .reevaluated), ("overdue", .overdue),
                ("compliance_pct", .compliancePercent),
            ]
        )
        let results = table(
            text(.resultsTable, period),
            [
                ("reevaluated", .reevaluated), ("maintained", .maintained), ("upgraded", .upgraded),
                ("downgraded", .downgraded), ("revoked", .revoked), ("fail_pct", .failPercent),
            ]
        )
        let overdue = BulletinDocument.Table(
            caption: text(.overdueList),
            columns: [
                .init(title: text(.district)), .init(title: text(.productID), kind: .code),
                .init(title: text(.product)), .init(title: text(.producer)), numeric(text(.stars)),
                .init(title: text(.certifiedOn), kind: .code), .init(title: text(.lastEvaluatedOn), kind: .code),
                numeric(text(.daysSinceLast)),
            ],
            rows: SummaryRows(context.table("reevaluation_overdue")).rows.map { row in
                .init(cells: [
                    .init(name(row["area_code"])), .init(row["product_id"]), .init(row["product_name"]),
                    .init(row["producer"]), number(row["stars"]), .init(row["certified_on"]),
                    // No earlier re-evaluation is a fact, not a missing figure: the dash reads right.
                    .init(figure(row["last_evaluated_on"])), number(row["days_since_last"]),
                ])
            },
            emptyNote: text(.noOverdue)
        )
        return .init(
            id: "reevaluation",
            heading: text(.sectionReevaluation),
            blocks: [.barChart(chart), .table(due), .table(results), .table(overdue)]
        )
    }
}
