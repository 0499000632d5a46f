/// The character references every markup writer (XLSX's XML, the bulletin's HTML and SVG)
/// needs for the characters that would otherwise be read as markup.
public enum MarkupEscaping {
    /// The reference for `scalar` when it is `&`, `<`, `>`, `"` or `'`; nil otherwise.
    public static func reference(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        case "'": return "&#39;"
        default: return nil
        }
    }
}
