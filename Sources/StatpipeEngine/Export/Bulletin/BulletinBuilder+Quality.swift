import StatpipeCore

extension BulletinBuilder {
    /// Submissions: one row per district, one status column per dataset. A status is
    /// always written out (a symbol and a word); its colour only repeats it.
    func submissionsSection() -> BulletinDocument.Section {
        let submissions = SummaryRows(context.table("submissions"))
        var datasets: [String] = []
        for row in submissions.rows where !datasets.contains(row["dataset"]) { datasets.append(row["dataset"]) }
        let table = BulletinDocument.Table(
            caption: text(.submissionsTable, context.period.description),
            columns: [.init(title: text(.district))] + datasets.map { .init(title: BulletinLabel.value($0, language)) },
            rows: districtCodes.compactMap { code -> BulletinDocument.Table.Row? in
                let mine = submissions.filter("area_code", code)
                guard !mine.isEmpty else { return nil }
                return .init(
                    cells: [.init(name(code))]
                        + datasets.map { dataset in
                            mine.first { $0["dataset"] == dataset }.map(status) ?? .init(Self.undefined)
                        }
                )
            },
            emptyNote: text(.noData)
        )
        return .init(
            id: "submissions",
            heading: text(.sectionSubmissions),
            blocks: [.table(table), .paragraph(text(.submissionsNote))]
        )
    }

    /// A submissions status as words, with the rejected count for `has_errors`.
    private func status(_ row: SummaryRows.Row) -> BulletinDocument.Table.Cell {
        switch row["status"] {
        case "ok": return .init(text(.statusOK), tone: .good)
        case "has_errors":
            return .init(
                text(.statusHasErrors) + " (" + text(.rejectedCount, row["rows_rejected"]) + ")",
                tone: .warning
            )
        case "missing": return .init(text(.statusMissing), tone: .bad)
        default: return .init(row["status"])
        }
    }

    /// The data-quality appendix: rows by dataset, rejected rows by district and error
    /// code (the district read from the file's folder, as `submissions` does), the first
    /// example of each error, and the run's warnings.
    func appendixSection() -> BulletinDocument.Section {
        let outcome = context.outcome
        let datasets = BulletinDocument.Table(
            caption: text(.datasetsTable),
            columns: [
                .init(title: text(.dataset)), numeric(text(.files)), numeric(text(.rowsRead)),
                numeric(text(.rowsAccepted)), numeric(text(.rowsRejected)),
            ],
            rows: outcome.datasets.map { dataset in
                .init(cells: [
                    .init(BulletinLabel.value(dataset.name, language)), .init(String(dataset.files)),
                    .init(String(dataset.rowsRead)), .init(String(dataset.rowsAccepted)),
                    .init(String(dataset.rowsRejected)),
                ])
            } + [
                .init(
                    cells: [.init(text(.total))]
                        + [
                            outcome.datasets.map(\.files), outcome.datasets.map(\.rowsRead),
                            outcome.datasets.map(\.rowsAccepted), outcome.datasets.map(\.rowsRejected),
                        ].map { .init(String($0.reduce(0, +))) },
                    isTotal: true
                )
            ]
        )
        var blocks: [BulletinDocument.Block] = [.table(datasets)]
        let failing = outcome.files.filter { $0.errors.values.contains { $0.count > 0 } }
        if failing.isEmpty {
            blocks.append(.paragraph(text(.noRejects)))
        } else {
            blocks.append(.table(rejectsByDistrict(failing)))
            blocks.append(.table(examples(failing)))
        }
        if !outcome.warnings.isEmpty {
            blocks.append(.subheading(text(.warnings)))
            blocks.append(.list(outcome.warnings.map { "\($0.code) — \($0.file): \($0.message)" }))
        }
        var section = BulletinDocument.Section(id: "appendix", heading: text(.appendix), blocks: blocks)
        section.startsPage = true
        return section
    }

    /// Rejected rows counted by district (rows) and error code (columns), with totals.
    private func rejectsByDistrict(_ files: [FileReport]) -> BulletinDocument.Table {
        let codes = Set(files.flatMap { $0.errors.filter { $0.value.count > 0 }.keys }).sorted()
        var tallies: [String: [ErrorCode: Int]] = [:]
        for file in files {
            let district = Self.district(of: file, among: districtCodes) ?? ""
            for (code, tally) in file.errors { tallies[district, default: [:]][code, default: 0] += tally.count }
        }
        // Districts in table order, then the files no district folder claims.
        let owners = districtCodes.filter { tallies[$0] != nil } + (tallies[""] == nil ? [] : [""])
        let row = { (label: String, counts: [ErrorCode: Int], isTotal: Bool) -> BulletinDocument.Table.Row in
            .init(
                cells: [.init(label)] + codes.map { .init(String(counts[$0] ?? 0)) }
                    + [.init(String(counts.values.reduce(0, +)))],
                isTotal: isTotal
            )
        }
        let total = tallies.values.reduce(into: [ErrorCode: Int]()) { sum, counts in
            sum.merge(counts, uniquingKeysWith: +)
        }
        return .init(
            caption: text(.rejectsByDistrict),
            columns: [.init(title: text(.district))] + codes.map { numeric($0.rawValue) } + [numeric(text(.total))],
            rows: owners.map { row($0.isEmpty ? text(.otherFiles) : name($0), tallies[$0] ?? [:], false) }
                + [row(text(.total), total, true)]
        )
    }

    /// One row per file and error code: how many rows, and the first example.
    private func examples(_ files: [FileReport]) -> BulletinDocument.Table {
        .init(
            caption: text(.errorExamples),
            columns: [
                .init(title: text(.file), kind: .path), .init(title: text(.errorCode), kind: .code),
                numeric(text(.rows)),
                .init(title: text(.example)),
            ],
            rows: files.flatMap { file in
                file.errors.filter { $0.value.count > 0 }.sorted { $0.key < $1.key }.map { code, tally in
                    let example = tally.examples.first.map { example in
                        // The message names the field already.
                        text(.rowNumber, String(example.rowNumber)) + ": " + example.message
                    }
                    return .init(cells: [
                        .init(file.path), .init(code.rawValue), .init(String(tally.count)),
                        .init(example ?? Self.undefined),
                    ])
                }
            }
        )
    }

    /// The district whose code starts one of the file's folders, as `submissions` decides.
    static func district(of file: FileReport, among codes: [String]) -> String? {
        SubmittedFile(
            relativePath: file.path,
            dataset: file.dataset,
            rowsAccepted: file.rowsAccepted,
            rowsRejected: file.rowsRejected
        ).district(among: codes)
    }
}
