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

/// Makes a `String` from UTF-8 bytes, normalized to NFC; ASCII needs no normalization.
func makeNFCString(_ bytes: UnsafeRawBufferPointer) -> String {
    let text = String(decoding: bytes, as: UTF8.self)
    return bytes.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
}
