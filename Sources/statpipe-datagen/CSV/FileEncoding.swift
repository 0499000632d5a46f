import Foundation

/// The character encodings districts' files arrive in (SPEC §2), and how to write each.
enum FileEncoding: Hashable {
    case utf8
    case utf8WithBOM
    /// Excel "Unicode Text".
    case utf16LEWithBOM
    /// Vietnamese Windows, as Excel saves "CSV" on a Vietnamese system.
    case windows1258

    /// The name `statpipe inspect` reports (SPEC §1).
    var inspectName: String {
        switch self {
        case .utf8: "utf-8"
        case .utf8WithBOM: "utf-8-bom"
        case .utf16LEWithBOM: "utf-16le"
        case .windows1258: "windows-1258"
        }
    }

    /// The bytes of `text` (normalized to NFC first) in this encoding.
    func encode(_ text: String) throws -> [UInt8] {
        let normalized = text.nfc
        switch self {
        case .utf8:
            return Array(normalized.utf8)
        case .utf8WithBOM:
            return [0xEF, 0xBB, 0xBF] + Array(normalized.utf8)
        case .utf16LEWithBOM:
            var bytes: [UInt8] = [0xFF, 0xFE]
            for unit in normalized.utf16 {
                bytes.append(UInt8(truncatingIfNeeded: unit))
                bytes.append(UInt8(truncatingIfNeeded: unit >> 8))
            }
            return bytes
        case .windows1258:
            return try Iconv.convert(Array(normalized.utf8), from: "UTF-8", to: "CP1258")
        }
    }

    /// Reads a file's bytes the way SPEC §2 says statpipe does: a BOM decides, else valid UTF-8,
    /// else windows-1258; the text comes back in NFC. Returns the encoding found and the text.
    static func decode(_ bytes: [UInt8]) throws -> (encoding: FileEncoding, text: String) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (.utf8WithBOM, try utf8Text(bytes.dropFirst(3)).nfc)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
            guard bytes.count % 2 == 0, let text = String(validating: units, as: UTF16.self) else {
                throw Iconv.Failure(description: "invalid UTF-16LE")
            }
            return (.utf16LEWithBOM, text.nfc)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (.utf8, text.nfc)
        }
        let converted = try Iconv.convert(bytes, from: "CP1258", to: "UTF-8")
        return (.windows1258, try utf8Text(converted[...]).nfc)
    }

    private static func utf8Text(_ bytes: ArraySlice<UInt8>) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Iconv.Failure(description: "invalid UTF-8")
        }
        return text
    }
}

extension String {
    /// The text in Unicode Normalization Form C, as statpipe normalizes every input.
    var nfc: String {
        precomposedStringWithCanonicalMapping
    }

    /// True when the two texts have the same NFC bytes (stricter than `==`, which compares canonically).
    func hasSameNFCBytes(as other: String) -> Bool {
        Array(nfc.utf8) == Array(other.nfc.utf8)
    }
}
