/// The workbook's shared strings (`xl/sharedStrings.xml`), which text cells point into by
/// index (`<c t="s"><v>7</v></c>`).
///
/// Held whole because any cell may point anywhere: the one part not streamed, bounded by
/// ``XLSXReadLimits/maxSharedStringsBytes``. The strings are stored back to back as UTF-8
/// (one allocation, 4 bytes of bookkeeping each) rather than as a `String` array.
struct XLSXSharedStringTable {
    private var bytes: [UInt8] = []
    /// For each string, the offset in `bytes` where it ends.
    private var ends: [UInt32] = []

    /// No shared strings (a workbook without the part).
    init() {}

    /// The number of strings.
    var count: Int { ends.count }

    /// String `index`, or nil when there is no such string or its bytes are not UTF-8.
    func string(at index: Int) -> String? {
        guard ends.indices.contains(index) else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return String(validating: bytes[start..<Int(ends[index])], as: UTF8.self)
    }

    /// Reads the shared strings part `name`.
    static func read(_ name: String, in package: XLSXPackageReader) throws -> XLSXSharedStringTable {
        var handler = Handler(file: package.displayPath, part: name, maxItemBytes: package.limits.maxCellBytes)
        try package.parse(name, limit: package.limits.maxSharedStringsBytes, into: &handler)
        return handler.table
    }

    private struct Handler: XMLEventHandler {
        let file: String
        let part: String
        let maxItemBytes: Int
        var table = XLSXSharedStringTable()
        var item = XLSXRichTextCollector()
        var inItem = false

        mutating func startElement(_ tag: XMLStartTag) throws {
            if tag.name.matches("si") {
                inItem = true
                item.reset()
            } else if inItem {
                item.startElement(tag.name)
            }
        }

        mutating func endElement(_ name: XMLName) throws {
            guard inItem else { return }
            guard name.matches("si") else { return item.endElement(name) }
            inItem = false
            table.bytes.append(contentsOf: XLSXText.unescaped(item.bytes))
            table.ends.append(UInt32(table.bytes.count))
        }

        mutating func characters(_ text: UnsafeRawBufferPointer) throws {
            guard inItem else { return }
            guard item.characters(text, limit: maxItemBytes) else {
                throw XLSXReadError(
                    .malformed, file: file,
                    "\(part): shared string \(table.count) is longer than \(maxItemBytes) bytes; refused")
            }
        }
    }
}
