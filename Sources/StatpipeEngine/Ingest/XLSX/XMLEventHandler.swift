/// Receives the events of one XML document from ``XMLPushParser``, in document order.
///
/// Every view passed in (names, tags, text) points into the parser's buffer and is valid
/// only during the call: a handler copies what it keeps.
protocol XMLEventHandler {
    /// An element starts. A self-closing element is followed at once by ``endElement(_:)``.
    mutating func startElement(_ tag: XMLStartTag) throws
    /// An element ends.
    mutating func endElement(_ name: XMLName) throws
    /// Character data inside the root element, references resolved and line ends
    /// normalized to `\n`. One run of text may arrive in several pieces.
    mutating func characters(_ text: UnsafeRawBufferPointer) throws
}
