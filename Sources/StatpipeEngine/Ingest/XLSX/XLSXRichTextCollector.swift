/// Gathers the text of a string item — `<si>` in the shared strings, `<is>` in a cell — as
/// Excel shows it: the `<t>` of plain text and of every rich-text run (`<r>`) joined, the
/// phonetic hints (`<rPh>`, furigana) left out.
///
/// The owner forwards the events of the item's descendants.
struct XLSXRichTextCollector {
    /// The item's text so far, UTF-8, `_xHHHH_` escapes still in place.
    private(set) var bytes: [UInt8] = []
    private var phoneticDepth = 0
    private var textDepth = 0

    /// Empties the collector for the next item.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        phoneticDepth = 0
        textDepth = 0
    }

    mutating func startElement(_ name: XMLName) {
        switch name {
        case "rPh": phoneticDepth += 1
        case "t": textDepth += 1
        default: break
        }
    }

    mutating func endElement(_ name: XMLName) {
        switch name {
        case "rPh": phoneticDepth -= 1
        case "t": textDepth -= 1
        default: break
        }
    }

    /// Appends text inside a `<t>` that is not a phonetic hint. Returns false once the item
    /// passes `limit` bytes (the caller refuses it).
    mutating func characters(_ text: UnsafeRawBufferPointer, limit: Int) -> Bool {
        guard textDepth > 0, phoneticDepth == 0 else { return true }
        guard bytes.count + text.count <= limit else { return false }
        bytes.append(contentsOf: text)
        return true
    }
}
