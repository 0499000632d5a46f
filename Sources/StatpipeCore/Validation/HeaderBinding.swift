import Foundation

/// Where each schema field sits in a file's header, or why the header is unusable.
///
/// Labels are matched after trimming, NFC and case folding (SPEC §2); column order is free.
public struct HeaderBinding: Sendable, Equatable {
    /// For each schema field, its column, or nil when the file lacks that optional field.
    public let columnOfField: [Int?]
    /// Header labels that name no schema field (warned, ignored).
    public let extraLabels: [String]
    /// The number of header cells, against which every row's width is checked.
    public let width: Int

    /// Binds `header` to `schema`.
    ///
    /// - Returns: The binding, or the label problem that rejects the whole file, checked in
    ///   the order blank-label, duplicate-label, missing-label (of a required field).
    public static func bind(header: [String], to schema: TableSchema) -> Result<HeaderBinding, RowProblem> {
        let labels = header.map(normalizedLabel)
        for (index, label) in labels.enumerated() where label.isEmpty {
            return .failure(RowProblem(.blankLabel, "header cell \(index + 1) is blank"))
        }
        var seen: [String: Int] = [:]
        for (index, label) in labels.enumerated() {
            if let first = seen[label] {
                return .failure(RowProblem(.duplicateLabel, field: header[index], "header cells \(first + 1) and \(index + 1) are both '\(header[index])'"))
            }
            seen[label] = index
        }
        var columns: [Int?] = []
        for field in schema.fields {
            let column = seen[normalizedLabel(field.name)]
            if column == nil && field.constraints.required {
                return .failure(RowProblem(.missingLabel, field: field.name, "required column '\(field.name)' is missing"))
            }
            columns.append(column)
        }
        let bound = Set(columns.compactMap { $0 })
        let extras = header.indices.filter { !bound.contains($0) }.map { header[$0] }
        return .success(HeaderBinding(columnOfField: columns, extraLabels: extras, width: header.count))
    }

    /// A label as matched: trimmed, case-folded (text is already NFC).
    public static func normalizedLabel(_ label: String) -> String {
        label.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
