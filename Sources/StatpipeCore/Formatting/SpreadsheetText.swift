/// Makes text safe to open in a spreadsheet (SPEC §6): a cell that begins with `=`, `+`,
/// `-`, `@`, tab or CR would be evaluated as a formula, so it gets a leading `'`.
///
/// Every text writer (CSV, XLSX) goes through here; numbers are written as numbers and
/// never guarded.
public enum SpreadsheetText {
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// `text`, with a leading `'` when a spreadsheet would evaluate it.
    public static func guarded(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }
}
