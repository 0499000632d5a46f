/// Counts physical line breaks in text: LF, CR, and CRLF as one.
enum LineBreaks {
    /// The number of line breaks in `bytes`.
    ///
    /// A CR at the very end counts as one even if the next chunk starts with LF; callers
    /// only count within one field, where libcsv hands over a field whole.
    static func count(in bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var index = firstCandidate(in: bytes)
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                count += 1
            } else if byte == 0x0D {
                count += 1
                if index + 1 < end, bytes[index + 1] == 0x0A { index += 1 }
            }
            index += 1
        }
        return count
    }

    /// The index of the first byte that may be CR or LF, skipping eight bytes at a time the
    /// words that hold neither (almost every field holds no line break at all).
    private static func firstCandidate(in bytes: UnsafeRawBufferPointer) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let lf = word ^ (ones &* 0x0A)
            let cr = word ^ (ones &* 0x0D)
            // A zero byte in `lf` or `cr` is an LF or CR in `word` (the classic has-zero test).
            if ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs != 0 { return index }
            index += 8
        }
        return index
    }
}
