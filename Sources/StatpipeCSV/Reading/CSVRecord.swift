import Foundation

/// One CSV record as a borrowed view of its field bytes, valid only inside the closure
/// that receives it.
///
/// Fields are UTF-8 bytes exactly as parsed (after decoding the file). Nothing is
/// allocated until a caller asks for a `String`, which is then normalized to NFC.
public struct CSVRecord {
    /// The 1-based physical line where the record starts (the header is line 1).
    public let line: Int
    /// The first problem found in the record's text, when the reader checks text.
    public let textIssue: TextIssue?

    private let bytes: UnsafeRawBufferPointer
    private let fieldEnds: UnsafeBufferPointer<Int>
    private let firstByte: Int

    init(
        line: Int,
        bytes: UnsafeRawBufferPointer,
        fieldEnds: UnsafeBufferPointer<Int>,
        firstByte: Int,
        textIssue: TextIssue?
    ) {
        self.line = line
        self.bytes = bytes
        self.fieldEnds = fieldEnds
        self.firstByte = firstByte
        self.textIssue = textIssue
    }

    /// The number of fields (cells) in the record.
    public var count: Int { fieldEnds.count }

    /// The bytes of field `index` (0-based), valid only while the record is.
    public subscript(index: Int) -> UnsafeRawBufferPointer {
        let start = index == 0 ? firstByte : fieldEnds[index - 1]
        return UnsafeRawBufferPointer(rebasing: bytes[start..<fieldEnds[index]])
    }

    /// True when every field is empty (or there is none): Excel's `,,,,` rows and empty lines.
    public var isBlank: Bool {
        fieldEnds.isEmpty || fieldEnds[fieldEnds.count - 1] == firstByte
    }

    /// Field `index` as an NFC-normalized `String`.
    public func string(at index: Int) -> String {
        makeNFCString(self[index])
    }

    /// Every field as an NFC-normalized `String`.
    public func strings() -> [String] {
        (0..<count).map(string(at:))
    }
}

/// Makes a `String` from UTF-8 bytes, normalized to NFC.
///
/// Normalizing costs a microsecond per cell, so text that is NFC by construction skips it:
/// every code point below U+0300 (ASCII, Latin-1, the Vietnamese letters ơ ư đ) or in
/// Latin Extended Additional (U+1E00–U+1EFF, Vietnamese precomposed letters) is stable
/// under NFC. Anything else (combining marks, other scripts) is normalized.
func makeNFCString(_ bytes: UnsafeRawBufferPointer) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    return isKnownNFC(bytes) ? text : text.precomposedStringWithCanonicalMapping
}

/// True when every code point of the UTF-8 `bytes` is below U+0300 or in U+1E00–U+1EFF.
func isKnownNFC(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var index = 0
    while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
            index += 1
        } else if lead < 0xCC {
            // 0xC2–0xCB lead two-byte sequences up to U+02FF.
            index += 2
        } else if lead == 0xE1, index + 1 < bytes.count, bytes[index + 1] >= 0xB8, bytes[index + 1] <= 0xBB {
            // U+1E00–U+1EFF: E1 B8 80 – E1 BB BF.
            index += 3
        } else {
            return false
        }
    }
    return true
}
