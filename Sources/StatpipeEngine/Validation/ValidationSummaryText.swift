import StatpipeCore

/// The short human summary `validate` and `run` print on stderr: per dataset the counts,
/// then the most frequent error codes with one `file:line` example each.
public enum ValidationSummaryText {
    /// How many codes to list per dataset.
    static let codesShown = 5

    public static func render(_ outcome: ValidationOutcome) -> String {
        var lines: [String] = []
        for dataset in outcome.datasets {
            var line = "\(dataset.name): \(dataset.rowsRead) read, \(dataset.rowsAccepted) accepted, "
                + "\(dataset.rowsRejected) rejected, \(dataset.blankRows) blank"
            if dataset.exceedsThreshold {
                line += " — reject ratio \(DatasetReport.ratioText(dataset.rowsRejected, dataset.rowsRead)) is above \(dataset.maxRejectRatio)"
            }
            lines.append(line)
            var byCode: [ErrorCode: (count: Int, example: String)] = [:]
            for file in outcome.files where file.dataset == dataset.name {
                for (code, tally) in file.errors {
                    let example = tally.examples.first.map { "\(file.path):\($0.rowNumber): \($0.message)" } ?? file.path
                    let previous = byCode[code]
                    byCode[code] = ((previous?.count ?? 0) + tally.count, previous?.example ?? example)
                }
            }
            let top = byCode.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.prefix(codesShown)
            for (code, entry) in top {
                lines.append("  \(code.rawValue) ×\(entry.count), e.g. \(entry.example)")
            }
        }
        for warning in outcome.warnings {
            lines.append("warning: \(warning.file): \(warning.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
