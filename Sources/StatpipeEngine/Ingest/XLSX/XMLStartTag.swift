/// A start tag as the parser hands it to an ``XMLEventHandler``: its local name and its
/// attributes, read on demand.
struct XMLStartTag {
    /// Where one attribute lies in the parser's buffer.
    struct AttributeSpan {
        /// The local name (after any prefix).
        var name: Range<Int>
        /// The raw value, between the quotes.
        var value: Range<Int>
        /// Whether the value holds a reference or a line break, and so needs decoding.
        var needsDecoding: Bool
    }

    /// The element's local name.
    let name: XMLName
    /// The bytes the spans point into.
    let source: UnsafeRawBufferPointer
    /// The tag's attributes, in document order.
    let attributes: UnsafeBufferPointer<AttributeSpan>

    /// The decoded value of the attribute whose local name is `name`, or nil when absent.
    ///
    /// Values were checked when the tag was parsed, so decoding cannot fail here.
    func attribute(_ name: StaticString) -> String? {
        guard let span = attributes.first(where: { XMLName(bytes: slice($0.name)).matches(name) }) else {
            return nil
        }
        let raw = slice(span.value)
        guard span.needsDecoding else { return String(decoding: raw, as: UTF8.self) }
        var decoded: [UInt8] = []
        guard XMLCharacterData.decode(raw, attribute: true, into: &decoded) else {
            return String(decoding: raw, as: UTF8.self)
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    private func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: source[range])
    }
}
