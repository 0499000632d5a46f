import Testing

@testable import StatpipeEngine

/// The streaming XML tokenizer: the same events whatever the chunking, and refusal of what
/// workbook parts never contain.
struct XMLPushParserTests {
    /// Records events as text: `<name a=v>`, `</name>`, and runs of text joined.
    struct Recorder: XMLEventHandler {
        var events: [String] = []
        /// Text pieces may end inside a UTF-8 sequence, so bytes are joined before decoding.
        var text: [UInt8] = []

        mutating func startElement(_ tag: XMLStartTag) throws {
            flush()
            let name = String(decoding: tag.name.bytes, as: UTF8.self)
            var attributes = ""
            if let value = tag.attribute("a") { attributes += " a=\(value)" }
            if let value = tag.attribute("r") { attributes += " r=\(value)" }
            events.append("<\(name)\(attributes)>")
        }

        mutating func endElement(_ name: XMLName) throws {
            flush()
            events.append("</\(String(decoding: name.bytes, as: UTF8.self))>")
        }

        mutating func characters(_ text: UnsafeRawBufferPointer) throws {
            self.text += text
        }

        mutating func flush() {
            if !text.isEmpty { events.append(String(decoding: text, as: UTF8.self)) }
            text = []
        }
    }

    /// Parses `document` in chunks of `size` bytes.
    static func parse(_ document: String, chunk size: Int = .max, limits: XLSXReadLimits = .standard) throws -> [String]
    {
        var parser = XMLPushParser(limits: limits)
        var recorder = Recorder()
        let bytes = Array(document.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + min(size, bytes.count))
            try bytes[start..<end].withUnsafeBytes { try parser.parse($0, into: &recorder) }
            start = end
        }
        try parser.finish(into: &recorder)
        recorder.flush()
        return recorder.events
    }

    static let document = """
        \u{FEFF}<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!-- a comment -->
        <x:root xmlns:x="urn:x" a='1 &amp; 2'><c r="B2" a="tab&#9;here">Lương &lt;Sơn&gt; &#x1F600; &quot;q&apos;</c>\
        <t>line\r\nnext\rlast</t><![CDATA[<raw> & \r\n]]><e/><e a="x>y" /></x:root>
        <?pi ignored?>

        """

    @Test func eventsOfAWholeDocument() throws {
        #expect(
            try Self.parse(Self.document) == [
                "<root a=1 & 2>", "<c a=tab\there r=B2>", "Lương <Sơn> 😀 \"q'", "</c>", "<t>", "line\nnext\nlast",
                "</t>",
                "<raw> & \n", "<e>", "</e>", "<e a=x>y>", "</e>", "</root>",
            ])
    }

    @Test func everyChunkSizeGivesTheSameEvents() throws {
        let whole = try Self.parse(Self.document)
        for size in 1...40 { #expect(try Self.parse(Self.document, chunk: size) == whole, "chunk \(size)") }
    }

    @Test(arguments: [
        ("<!DOCTYPE r [<!ENTITY a \"b\">]><r>&a;</r>", "<!DOCTYPE is refused"),
        ("<r><!ENTITY a \"b\"></r>", "<!ENTITY is refused"),
        ("<r>&a;</r>", "a malformed or undefined entity reference"),
        ("<r a=\"&ext;\"/>", "a malformed or undefined entity reference"),
        ("<r>&#0;</r>", "a malformed or undefined entity reference"),
        ("<r><a></r>", "</r> does not close <a>"),
        ("<r></r><r/>", "a second root element"),
        ("<r></r>text", "text outside the root element"),
        ("<r>\u{1}</r>", "control character 0x01"),
        ("<r>", "the document ends before </r>"),
        ("", "the document has no root element"),
        ("<r a=1/>", "a malformed tag"),
        ("<r a=\"<\"/>", "'<' inside a tag"),
        ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r/>", "encoding \"ISO-8859-1\" is not supported"),
        ("<r><!-- never closed", "the document ends inside a comment"),
        ("</r>", "</r> closes no element"),
    ])
    func refused(document: String, message: String) throws {
        for size in [1, 3, Int.max] {
            do {
                _ = try Self.parse(document, chunk: size)
                Issue.record("expected an error for \(document)")
            } catch let error as XMLSyntaxError {
                #expect(error.message.hasPrefix(message), "\(error) at chunk \(size)")
            }
        }
    }

    @Test func utf16IsRefused() throws {
        var parser = XMLPushParser(limits: .standard)
        var recorder = Recorder()
        #expect(throws: XMLSyntaxError.self) {
            try [0xFF, 0xFE, 0x3C, 0x00].withUnsafeBytes { try parser.parse($0, into: &recorder) }
        }
    }

    @Test func depthAndMarkupLengthAreBounded() throws {
        var limits = XLSXReadLimits.standard
        limits.maxDepth = 3
        limits.maxMarkupBytes = 64
        #expect(try Self.parse("<a><b><c/></b></a>", limits: limits).count == 6)
        #expect(throws: XMLSyntaxError.self) { try Self.parse("<a><b><c><d/></c></b></a>", limits: limits) }
        let long = "<a " + String(repeating: "x=\"1\" ", count: 40) + "/>"
        #expect(throws: XMLSyntaxError.self) { try Self.parse(long, chunk: 16, limits: limits) }
        // Text is handed over as it comes, so a long text is no long token.
        #expect(
            try Self.parse("<a>" + String(repeating: "x", count: 1000) + "</a>", chunk: 16, limits: limits).count == 3)
    }
}
