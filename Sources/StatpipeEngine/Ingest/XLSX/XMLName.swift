/// The local name of an element or attribute (the part after any namespace prefix), as a
/// view of the parser's bytes.
///
/// SpreadsheetML parts are written with and without prefixes (`<c>`, `<x:c>`), always in
/// the same few namespaces, so handlers match local names only.
struct XMLName {
    /// The name's UTF-8 bytes, valid only during the handler call that received it.
    let bytes: UnsafeRawBufferPointer

    /// Whether the name is exactly `name` (ASCII).
    func matches(_ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        let expected = UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        return bytes.elementsEqual(expected)
    }

    /// Lets handlers `switch` over a name with string-literal cases.
    static func ~= (pattern: StaticString, name: XMLName) -> Bool {
        name.matches(pattern)
    }
}
