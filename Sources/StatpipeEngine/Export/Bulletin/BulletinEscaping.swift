import StatpipeCore

/// Turns raw text into text that HTML or Markdown shows literally.
///
/// Names, producers, messages and paths come from district files: a product called
/// `<script>alert(1)</script>` must print as those characters and never run, and a `|`
/// in a name must not split a Markdown table cell.
enum BulletinEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` for HTML or SVG text and attribute values;
    /// control characters (never meaningful in a name) become spaces.
    static func html(_ text: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let reference = MarkupEscaping.reference(for: scalar) {
                escaped += reference
                continue
            }
            switch scalar {
            case "\n", "\r", "\t": escaped.unicodeScalars.append(" ")
            default: escaped.unicodeScalars.append(isControl(scalar) ? " " : scalar)
            }
        }
        return escaped
    }

    /// Backslash-escapes what Markdown (GitHub flavour) would read as inline markup or a
    /// table separator, and folds line breaks, so the text stays one literal table cell.
    static func markdownInline(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "|", "<", ">", "*", "_", "`", "[", "]", "&", "~":
                escaped.unicodeScalars.append("\\")
                escaped.unicodeScalars.append(scalar)
            case "\n", "\r", "\t": escaped.unicodeScalars.append(" ")
            default: escaped.unicodeScalars.append(isControl(scalar) ? " " : scalar)
            }
        }
        return escaped
    }

    /// ``markdownInline(_:)``, plus what would open a block at the start of a line: a
    /// heading, a list item, a quote (`# `, `- `, `+ `, `1. `, `=`), for paragraphs and
    /// list items.
    static func markdownBlock(_ text: String) -> String {
        let inline = markdownInline(text)
        guard let first = inline.first else { return inline }
        if "#-+=".contains(first) { return "\\" + inline }
        // `12. x` or `12) x` would start an ordered list: escape the punctuation.
        let digits = inline.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = inline.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + inline.dropFirst(digits.count)
        }
        return inline
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
