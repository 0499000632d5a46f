/// Cuts a large CSV file into segments of whole records, so that they can be parsed in
/// parallel with exact line numbers.
///
/// One sequential pre-scan counts quotes and line breaks: a line break is a record
/// boundary exactly when the quotes before it are even (a quoted field may hold line
/// breaks; an escaped `""` adds two). A malformed file may put a boundary inside a field;
/// libcsv then fails in that segment and the rest of the file is dropped anyway. Cuts are
/// made only after an LF, so a CRLF is never split and CR-only files are read whole.
/// Only byte-transparent encodings are split (UTF-8, windows-1258/1252: `"`, CR and LF
/// are single ASCII bytes there); UTF-16 files are read whole.
public enum CSVFileSplitter {
    /// The segments of `path` from byte `start` (at physical line `start.line`), each about
    /// `targetSize` bytes.
    /// - Returns: nil when the file is not worth splitting or cannot be split safely.
    public static func segments(
        path: String,
        encoding: TextEncoding,
        from start: (offset: Int, line: Int),
        targetSize: Int
    ) throws(CSVReadError) -> [CSVSegment]? {
        guard encoding != .utf16LittleEndian, encoding != .utf16BigEndian, targetSize > 0 else { return nil }
        let file = try FileByteReader(path: path)
        guard file.size - start.offset > 2 * targetSize else { return nil }
        try file.seek(to: start.offset)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 8)
        defer { buffer.deallocate() }

        var segments: [CSVSegment] = []
        var segmentStart = (offset: start.offset, line: start.line)
        var offset = start.offset
        var line = start.line
        var insideQuotes = false
        var previousWasCR = false
        while true {
            let count = try file.read(into: buffer)
            if count == 0 { break }
            for index in 0..<count {
                let byte = buffer[index]
                let position = offset + index
                if byte == UInt8(ascii: "\"") {
                    insideQuotes.toggle()
                } else if byte == 0x0A {
                    if !previousWasCR { line += 1 }
                } else if byte == 0x0D {
                    line += 1
                }
                previousWasCR = byte == 0x0D
                if byte == 0x0A, !insideQuotes, position + 1 - segmentStart.offset >= targetSize {
                    segments.append(CSVSegment(byteRange: segmentStart.offset..<(position + 1), firstLine: segmentStart.line))
                    segmentStart = (position + 1, line)
                }
            }
            offset += count
        }
        if segmentStart.offset < offset {
            segments.append(CSVSegment(byteRange: segmentStart.offset..<offset, firstLine: segmentStart.line))
        }
        return segments.count > 1 ? segments : nil
    }
}
