/// Decoding of XML character data: the five predefined entities, character references,
/// and end-of-line normalization (XML 1.0 §2.11, §3.3.3, §4.6).
///
/// No other entity exists for statpipe: documents with a DTD are refused, so `&name;` for
/// any other name is an error, and nothing can expand beyond the bytes in the file.
enum XMLCharacterData {
    /// The longest reference that can be valid: `&#x10FFFF;`.
    static let longestReference = 10

    /// Appends the decoded form of `raw` to `output`.
    ///
    /// - Parameters:
    ///   - raw: Character data or an attribute value as written.
    ///   - attribute: Whether `raw` is an attribute value, where tabs and line breaks
    ///     become spaces (after CR LF became one line break).
    ///   - output: Where the decoded bytes go.
    /// - Returns: False when `raw` holds a malformed or unknown reference.
    static func decode(_ raw: UnsafeRawBufferPointer, attribute: Bool, into output: inout [UInt8]) -> Bool {
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            switch byte {
            case UInt8(ascii: "&"):
                guard let (scalar, length) = reference(in: raw, at: index) else { return false }
                appendUTF8(scalar, to: &output)
                index += length
                continue
            case UInt8(ascii: "\r"):
                // CR LF and a lone CR both read as one line break.
                if index + 1 < raw.count, raw[index + 1] == UInt8(ascii: "\n") { index += 1 }
                output.append(attribute ? UInt8(ascii: " ") : UInt8(ascii: "\n"))
            case UInt8(ascii: "\n"), UInt8(ascii: "\t"):
                output.append(attribute ? UInt8(ascii: " ") : byte)
            default:
                output.append(byte)
            }
            index += 1
        }
        return true
    }

    /// The reference starting with `&` at `start`: its Unicode scalar value and length,
    /// or nil when it is malformed, unknown, or names a character XML does not allow.
    static func reference(in bytes: UnsafeRawBufferPointer, at start: Int) -> (UInt32, Int)? {
        let limit = min(bytes.count, start + longestReference)
        var end = start + 1
        while end < limit, bytes[end] != UInt8(ascii: ";") { end += 1 }
        guard end < limit else { return nil }
        let name = UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<end])
        let length = end - start + 1
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return (0x3C, length)
        case "gt": return (0x3E, length)
        case "amp": return (0x26, length)
        case "quot": return (0x22, length)
        case "apos": return (0x27, length)
        default: break
        }
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else { return nil }
        let isHex = name[1] == UInt8(ascii: "x")
        let digits = String(decoding: name.dropFirst(isHex ? 2 : 1), as: UTF8.self)
        guard !digits.isEmpty, digits.utf8.allSatisfy(isHex ? isHexDigit : isDecimalDigit),
            let value = UInt32(digits, radix: isHex ? 16 : 10), isAllowed(value)
        else { return nil }
        return (value, length)
    }

    /// Whether XML 1.0 allows the character (its `Char` production).
    static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Appends the UTF-8 encoding of a valid scalar value.
    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { output.append($0) }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDecimalDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }

    private static func isDecimalDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
