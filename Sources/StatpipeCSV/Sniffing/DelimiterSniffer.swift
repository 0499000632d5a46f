/// Guesses the field separator from the header line (SPEC §2).
///
/// The first line with content is scanned outside quotes; the recognized separator that
/// occurs most often wins, ties going to the earlier of `,` `;` tab `|`; a line with none
/// of them is a one-column file, read with `,`. Empty lines and lines made only of
/// separators (Excel's `,,,,`) before the header are passed over.
enum DelimiterSniffer {
    /// The separator, or nil when `prefix` holds no complete header line yet and more
    /// input may follow.
    ///
    /// - Parameters:
    ///   - prefix: The first decoded bytes of the file.
    ///   - isComplete: True when no more input follows (end of file, or enough read).
    static func sniff(_ prefix: UnsafeRawBufferPointer, isComplete: Bool) -> CSVDelimiter? {
        var counts = [Int](repeating: 0, count: CSVDelimiter.recognized.count)
        var inQuotes = false
        var lineHasContent = false
        for byte in prefix {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
                lineHasContent = true
            } else if inQuotes {
                continue
            } else if byte == 0x0A || byte == 0x0D {
                if lineHasContent { return winner(counts) }
                counts = counts.map { _ in 0 }
            } else if let index = CSVDelimiter.recognized.firstIndex(where: { $0.byte == byte }) {
                counts[index] += 1
            } else if byte != UInt8(ascii: " ") {
                lineHasContent = true
            }
        }
        return isComplete ? winner(counts) : nil
    }

    private static func winner(_ counts: [Int]) -> CSVDelimiter {
        guard let best = counts.max(), best > 0, let index = counts.firstIndex(of: best) else { return .comma }
        return CSVDelimiter.recognized[index]
    }
}
