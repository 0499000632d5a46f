/// What the encoding sniffer learned about a file before it is parsed.
struct SniffedEncoding: Equatable, Sendable {
    /// The encoding the file will be decoded from.
    let encoding: TextEncoding
    /// The length of the byte order mark to skip.
    let byteOrderMarkLength: Int
    /// True when fields must be checked one by one: the bytes are invalid under a declared
    /// `utf-8`, or hold a NUL byte.
    let needsTextCheck: Bool
}

/// Decides a file's encoding (SPEC §2): a BOM wins; then bytes that are valid UTF-8 are
/// UTF-8; otherwise the declared encoding, or the default fallback, windows-1258.
///
/// Validity is decided over the whole file, in one streaming pass with an ASCII fast path,
/// so that a legacy file whose first non-ASCII byte sits at the end is still detected.
enum EncodingSniffer {
    /// Sniffs the encoding of the file behind `reader` and rewinds it.
    static func sniff(_ reader: FileByteReader, declared: TextEncoding?) throws(CSVReadError) -> SniffedEncoding {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { buffer.deallocate() }
        var validator = UTF8Validator()
        var isValid = true
        var sawNUL = false
        var bomLength = 0
        var isFirstChunk = true
        while true {
            let count = try reader.read(into: buffer)
            if count == 0 { break }
            var chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
            if isFirstChunk {
                isFirstChunk = false
                if let utf16 = utf16ByteOrderMark(of: chunk) {
                    try reader.rewind()
                    return utf16
                }
                if chunk.starts(with: [0xEF, 0xBB, 0xBF]) {
                    bomLength = 3
                    chunk = UnsafeRawBufferPointer(rebasing: chunk[3...])
                }
            }
            if isValid {
                isValid = validator.consume(chunk)
                sawNUL = validator.sawNUL
            }
            if !isValid && !sawNUL { sawNUL = chunk.contains(0) }
        }
        try reader.rewind()
        if isValid && validator.isAtBoundary {
            return SniffedEncoding(
                encoding: bomLength > 0 ? .utf8WithBOM : .utf8,
                byteOrderMarkLength: bomLength,
                needsTextCheck: sawNUL
            )
        }
        let encoding = declared ?? TextEncoding.defaultFallback
        let isUTF8 = encoding == .utf8 || encoding == .utf8WithBOM
        return SniffedEncoding(
            encoding: isUTF8 && bomLength > 0 ? .utf8WithBOM : encoding,
            byteOrderMarkLength: bomLength,
            needsTextCheck: isUTF8 || sawNUL
        )
    }

    /// A UTF-16 byte order mark at the start of `chunk`.
    private static func utf16ByteOrderMark(of chunk: UnsafeRawBufferPointer) -> SniffedEncoding? {
        if chunk.starts(with: [0xFF, 0xFE]) {
            return SniffedEncoding(encoding: .utf16LittleEndian, byteOrderMarkLength: 2, needsTextCheck: true)
        }
        if chunk.starts(with: [0xFE, 0xFF]) {
            return SniffedEncoding(encoding: .utf16BigEndian, byteOrderMarkLength: 2, needsTextCheck: true)
        }
        return nil
    }
}
