import Foundation

/// Decides whether a cell's number format shows its number as a date, which is the only
/// thing that tells a date cell from a number cell in SpreadsheetML.
enum XLSXDateFormatRule {
    /// The built-in formats that show a calendar date: 14 `m/d/yyyy`, 15 `d-mmm-yy`,
    /// 16 `d-mmm`, 17 `mmm-yy`, 22 `m/d/yyyy h:mm`.
    ///
    /// 18–21 and 45–47 are built-in too but show only a time of day or a duration
    /// (`h:mm AM/PM`, `mm:ss`, `[h]:mm:ss`): the same rule as for custom formats keeps those
    /// numbers, since a time is not a date. The East Asian built-ins (27–36, 50–58) depend
    /// on the workbook's locale and are left as numbers.
    static let builtInDateIDs: Set<Int> = [14, 15, 16, 17, 22]

    /// Whether format `id` (with its code, for custom formats) shows a date.
    static func isDate(id: Int, code: String?) -> Bool {
        guard let code else { return builtInDateIDs.contains(id) }
        return isDate(code: code)
    }

    /// Whether a custom format code shows a date: it has a day or year token, or a month
    /// token without hours or seconds (then `m` is minutes), and no elapsed-time token
    /// (`[h]`, `[mm]`, `[ss]`).
    ///
    /// Literal text is ignored: `"…"` strings, `\x` escapes, `_x` spacing, `*x` fill,
    /// `[…]` colours, conditions and locales, `AM/PM`, and the word `General`.
    static func isDate(code: String) -> Bool {
        var letters = Set<Character>()
        var characters = Array(
            code.lowercased().replacingOccurrences(of: "general", with: "")
                .replacingOccurrences(of: "am/pm", with: "").replacingOccurrences(of: "a/p", with: ""))[...]
        while let character = characters.popFirst() {
            switch character {
            case "\"":
                characters = characters.drop { $0 != "\"" }.dropFirst()
            case "\\", "_", "*":
                _ = characters.popFirst()
            case "[":
                let inside = characters.prefix { $0 != "]" }
                characters = characters.dropFirst(inside.count + 1)
                if !inside.isEmpty, Set(inside).isSubset(of: ["h", "m", "s"]) { return false }
            case "d", "y", "m", "h", "s":
                letters.insert(character)
            default:
                continue
            }
        }
        if letters.contains("d") || letters.contains("y") { return true }
        return letters.contains("m") && !letters.contains("h") && !letters.contains("s")
    }
}
