/// Counts physical line breaks in text: LF, CR, and CRLF as one.
enum LineBreaks {
    /// The number of line breaks in `bytes`.
    ///
    /// A CR at the very end counts as one even if the next chunk starts with LF; callers
    /// only count within one field, where libcsv hands over a field whole.
    static func count(in bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var index = 0
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
}
