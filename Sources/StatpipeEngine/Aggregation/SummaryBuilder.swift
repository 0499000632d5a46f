import StatpipeCore

/// Computes every table of SPEC §5 from what the collector gathered.
struct SummaryBuilder {
    let period: Quarter
    let asOf: CivilDate
    let province: Province
    let plan: ValidationPlan

    /// The tables in their output order, and the warnings they raise.
    func build(_ collector: SummaryCollector, files: [FileReport]) throws(StatpipeError) -> (tables: [SummaryTable], warnings: [RunWarning]) {
        guard !collector.districts.isEmpty else {
            throw StatpipeError(.invalidData, "districts: no accepted row in the reference list; no area to report on")
        }
        guard !collector.growth.isEmpty(for: period) else {
            throw StatpipeError(.invalidData, "economic_accounts: no accepted row for \(period); nothing to report")
        }
        let areas = AreaList(province: province, districts: collector.districts)
        var register = collector.register
        register.seal()
        let growth = GrowthTables(
            period: period, areas: areas, sectors: enumValues("economic_accounts", "sector"), sums: collector.growth
        )
        let compliance = ComplianceTables(register: register, areas: areas, period: period, asOf: asOf)
        let submitted = files.map {
            SubmittedFile(relativePath: $0.path, dataset: $0.dataset, rowsAccepted: $0.rowsAccepted, rowsRejected: $0.rowsRejected)
        }
        let submissions = SubmissionTable.make(
            period: period, areas: areas, datasets: ["economic_accounts", OcopDatasets.products, OcopDatasets.reevaluations],
            files: submitted, reportedPeriod: { collector.growth.reported($0, period) }
        )
        let tables = [
            growth.byArea, growth.bySector,
            OcopTables.counts(register: register, areas: areas, categories: enumValues(OcopDatasets.products, "category"), asOf: asOf),
            OcopTables.timeline(register: register, areas: areas, asOf: asOf),
            compliance.compliance, compliance.overdue, submissions,
        ]
        let warnings = growth.warnings.map { RunWarning(code: "incomplete-province", file: "economic_accounts", message: $0) }
        return (tables, warnings)
    }

    /// The allowed values of a field, in the schema's order: the table rows follow the
    /// schema, so a province with other sectors or groups needs no code change.
    private func enumValues(_ dataset: String, _ field: String) -> [String] {
        let schema = plan.datasets.first { $0.name == dataset }?.schema
        let values = schema.flatMap { schema in schema.fieldIndex(named: field).flatMap { schema.fields[$0].constraints.allowedValues } }
        return (values ?? []).map(\.description)
    }
}
