import StatpipeCore

/// Escapes text for the XML parts of an XLSX package.
///
/// XML 1.0 cannot carry most C0 control characters at all, and spreadsheet strings
/// (`ST_Xstring`) give `_xHHHH_` a meaning of their own. So a character XML forbids is
/// written as `_xHHHH_`, the escape Excel itself uses, and a literal `_xHHHH_` in the
/// text gets its underscore escaped (`_x005F_`) so Excel shows it as typed.
enum XLSXText {
    /// `text` escaped as the content of a `<t>` element.
    static func element(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar != "'", let reference = MarkupEscaping.reference(for: scalar) {
                result += reference
                continue
            }
            switch scalar {
            // A bare CR would be read back as LF (XML end-of-line handling); a reference keeps it.
            case "\r": result += "&#13;"
            case "_" where startsEscapeSequence(scalars, at: index): result += "_x005F_"
            default:
                if isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += escapeSequence(scalar)
                }
            }
        }
        return result
    }

    /// `text` escaped as a double-quoted attribute value (sheet names, titles).
    static func attribute(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar != "'", let reference = MarkupEscaping.reference(for: scalar) {
                result += reference
                continue
            }
            switch scalar {
            // Attribute-value normalisation would turn these into spaces.
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document (`Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The `_xHHHH_` form of a character (upper-case hex, as Excel writes it).
    private static func escapeSequence(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
    }

    /// Whether `_xHHHH_` starts at `index`, which a reader would decode.
    private static func startsEscapeSequence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
