import Foundation

/// A streaming XML 1.0 tokenizer for the parts of a workbook: bytes go in chunk by chunk as
/// they are unpacked, and each element, end tag and run of text goes to an
/// ``XMLEventHandler`` as soon as it is complete.
///
/// Why not Foundation's `XMLParser`: on Linux it is libxml2 reading a pull-style
/// `InputStream`, while ZIPFoundation pushes unpacked bytes at a closure; joining the two
/// takes a second thread and a bounded pipe, and leaves entity handling to C code statpipe
/// does not control. This parser is fed straight from the unzip closure, and it accepts only
/// what spreadsheet programs write:
///
/// * UTF-8 (with or without BOM); a part declaring another encoding is refused.
/// * No DTD: `<!DOCTYPE` and every other `<!` declaration is an error, so the only entities
///   are the five predefined ones and character references. Nothing can expand (no
///   "billion laughs") and nothing external is ever fetched.
/// * Well-formed: tags nest and match, one root element, no control characters.
///
/// Memory: the parser keeps the unfinished tail of a chunk (at most one piece of markup,
/// bounded by ``XLSXReadLimits/maxMarkupBytes``) and the names of open elements (bounded by
/// ``XLSXReadLimits/maxDepth``). Text is handed over as it arrives, never accumulated.
///
/// ```swift
/// var parser = XMLPushParser(limits: .standard)
/// try parser.parse(chunk, into: &handler)   // as often as chunks come
/// try parser.finish(into: &handler)
/// ```
struct XMLPushParser {
    private enum Position {
        /// Nothing but whitespace seen yet: an XML declaration may come.
        case start
        /// Before the root element (after the declaration, comments, PIs).
        case prolog
        /// Inside the root element.
        case root
        /// After the root element: only whitespace, comments and PIs may follow.
        case epilog
    }

    private enum Byte {
        static let lessThan = UInt8(ascii: "<")
        static let greaterThan = UInt8(ascii: ">")
        static let ampersand = UInt8(ascii: "&")
        static let slash = UInt8(ascii: "/")
        static let question = UInt8(ascii: "?")
        static let bang = UInt8(ascii: "!")
        static let equals = UInt8(ascii: "=")
        static let doubleQuote = UInt8(ascii: "\"")
        static let singleQuote = UInt8(ascii: "'")
        static let colon = UInt8(ascii: ":")
        static let dash = UInt8(ascii: "-")
        static let closingBracket = UInt8(ascii: "]")
        static let tab = UInt8(ascii: "\t")
        static let lineFeed = UInt8(ascii: "\n")
        static let carriageReturn = UInt8(ascii: "\r")
        static let space = UInt8(ascii: " ")
    }

    private let maxMarkupBytes: Int
    private let maxDepth: Int
    /// Bytes of an unfinished token, carried over to the next chunk.
    private var pending: [UInt8] = []
    /// The document offset of the first byte not yet consumed (for messages).
    private var documentOffset = 0
    private var position = Position.start
    private var checkedByteOrderMark = false
    /// The qualified names of the open elements, back to back, and where each ends.
    private var openNames: [UInt8] = []
    private var openNameEnds: [Int] = []
    private var spans: [XMLStartTag.AttributeSpan] = []
    private var decoded: [UInt8] = []
    /// How far into the unfinished token the last scan got, so a long token arriving in
    /// many chunks is scanned once, not once per chunk.
    private var resume = 0
    /// The quote an unfinished start tag was inside when its scan stopped.
    private var resumeQuote: UInt8 = 0

    init(limits: XLSXReadLimits) {
        maxMarkupBytes = limits.maxMarkupBytes
        maxDepth = limits.maxDepth
    }

    /// Parses the next chunk of the document, calling `handler` for each complete token.
    ///
    /// - Throws: ``XMLSyntaxError`` for ill-formed or refused XML, or what `handler` throws.
    mutating func parse<Handler: XMLEventHandler>(_ chunk: UnsafeRawBufferPointer, into handler: inout Handler) throws {
        guard pending.isEmpty else {
            pending.append(contentsOf: chunk)
            return try parsePending(final: false, into: &handler)
        }
        // The common case: the chunk starts on a token boundary, so it is read where it is.
        let used = try process(chunk, final: false, &handler)
        documentOffset += used
        if used < chunk.count { pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[used...])) }
    }

    /// Ends the document: what is left must complete it.
    ///
    /// - Throws: ``XMLSyntaxError`` when the document is empty, unfinished or ill-formed.
    mutating func finish<Handler: XMLEventHandler>(into handler: inout Handler) throws {
        try parsePending(final: true, into: &handler)
        switch position {
        case .epilog:
            return
        case .root:
            let name = String(decoding: openNames[(openNameEnds.dropLast().last ?? 0)...], as: UTF8.self)
            throw XMLSyntaxError(message: "the document ends before </\(name)>", offset: documentOffset)
        case .start, .prolog:
            throw XMLSyntaxError(message: "the document has no root element", offset: documentOffset)
        }
    }

    private mutating func parsePending<Handler: XMLEventHandler>(final: Bool, into handler: inout Handler) throws {
        // Moved out so `process` can mutate the parser while reading the bytes.
        var work: [UInt8] = []
        swap(&work, &pending)
        let used = try work.withUnsafeBytes { try process($0, final: final, &handler) }
        work.removeSubrange(0..<used)
        swap(&work, &pending)
        documentOffset += used
    }

    /// Handles every complete token in `bytes`; returns how many bytes were consumed.
    private mutating func process<Handler: XMLEventHandler>(
        _ bytes: UnsafeRawBufferPointer,
        final: Bool,
        _ handler: inout Handler
    ) throws -> Int {
        var index = 0
        if !checkedByteOrderMark {
            guard bytes.count >= 3 || final else { return 0 }
            index = try byteOrderMarkLength(bytes)
            checkedByteOrderMark = true
        }
        while index < bytes.count {
            let next: Int?
            if bytes[index] != Byte.lessThan {
                let (end, waiting) = try characters(bytes, from: index, final: final, &handler)
                index = end
                if waiting { break }
                continue
            }
            guard index + 1 < bytes.count else {
                next = try incomplete(bytes, at: index, scanned: index, final: final, "a tag")
                break
            }
            switch bytes[index + 1] {
            case Byte.slash: next = try endTag(bytes, at: index, final: final, &handler)
            case Byte.question: next = try processingInstruction(bytes, at: index, final: final)
            case Byte.bang: next = try declaration(bytes, at: index, final: final, &handler)
            default: next = try startTag(bytes, at: index, final: final, &handler)
            }
            guard let next else { break }
            index = next
            resume = 0
            resumeQuote = 0
        }
        return index
    }

    // MARK: - Tokens

    /// A run of character data up to the next `<`. Returns where it stopped, and whether it
    /// waits for more bytes (a chunk can end inside a reference or between CR and LF).
    private mutating func characters<Handler: XMLEventHandler>(
        _ bytes: UnsafeRawBufferPointer,
        from start: Int,
        final: Bool,
        _ handler: inout Handler
    ) throws -> (Int, Bool) {
        var index = start
        var needsDecoding = false
        while index < bytes.count {
            let byte = bytes[index]
            // One comparison passes over letters and most punctuation; UTF-8 bytes are ≥ 0x80.
            if byte <= Byte.lessThan {
                if byte == Byte.lessThan { break }
                if byte == Byte.ampersand || byte == Byte.carriageReturn {
                    needsDecoding = true
                } else if byte < Byte.space, byte != Byte.tab, byte != Byte.lineFeed {
                    throw controlCharacter(byte, at: index)
                }
            }
            index += 1
        }
        let waiting = index == bytes.count && !final
        var stop = index
        if waiting {
            // Hold back what the next chunk may complete: a reference, or CR before LF.
            let window = max(start, bytes.count - XMLCharacterData.longestReference)
            if let ampersand = (window..<bytes.count).last(where: { bytes[$0] == Byte.ampersand }),
                !(ampersand..<bytes.count).contains(where: { bytes[$0] == UInt8(ascii: ";") })
            {
                stop = ampersand
            }
            if stop > start, bytes[stop - 1] == Byte.carriageReturn { stop -= 1 }
        }
        if stop > start {
            try deliver(
                UnsafeRawBufferPointer(rebasing: bytes[start..<stop]), decoding: needsDecoding, references: true,
                at: start, &handler)
        }
        return (stop, waiting)
    }

    private mutating func deliver<Handler: XMLEventHandler>(
        _ text: UnsafeRawBufferPointer,
        decoding: Bool,
        references: Bool,
        at start: Int,
        _ handler: inout Handler
    ) throws {
        guard position == .root else {
            guard text.allSatisfy(Self.isSpace) else {
                throw XMLSyntaxError(message: "text outside the root element", offset: documentOffset + start)
            }
            return
        }
        guard decoding else { return try handler.characters(text) }
        decoded.removeAll(keepingCapacity: true)
        if references {
            guard XMLCharacterData.decode(text, attribute: false, into: &decoded) else {
                throw XMLSyntaxError(
                    message: "a malformed or undefined entity reference", offset: documentOffset + start)
            }
        } else {
            // CDATA: line ends are normalized, `&` is literal.
            var index = 0
            while index < text.count {
                if text[index] == Byte.carriageReturn {
                    if index + 1 < text.count, text[index + 1] == Byte.lineFeed { index += 1 }
                    decoded.append(Byte.lineFeed)
                } else {
                    decoded.append(text[index])
                }
                index += 1
            }
        }
        try decoded.withUnsafeBytes { try handler.characters($0) }
    }

    private mutating func startTag<Handler: XMLEventHandler>(
        _ bytes: UnsafeRawBufferPointer,
        at start: Int,
        final: Bool,
        _ handler: inout Handler
    ) throws -> Int? {
        var index = start + max(1, resume)
        var quote = resumeQuote
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == Byte.greaterThan {
                break
            } else if byte == Byte.doubleQuote || byte == Byte.singleQuote {
                quote = byte
            }
            if byte == Byte.lessThan {
                throw XMLSyntaxError(message: "'<' inside a tag", offset: documentOffset + index)
            }
            if byte < Byte.space, byte != Byte.tab, byte != Byte.lineFeed, byte != Byte.carriageReturn {
                throw controlCharacter(byte, at: index)
            }
            index += 1
        }
        guard index < bytes.count else {
            resumeQuote = quote
            return try incomplete(bytes, at: start, scanned: index, final: final, "a start tag")
        }
        try element(bytes, from: start + 1, to: index, &handler)
        return index + 1
    }

    /// Parses the inside of a start tag (between `<` and `>`) and reports the element.
    private mutating func element<Handler: XMLEventHandler>(
        _ bytes: UnsafeRawBufferPointer,
        from start: Int,
        to end: Int,
        _ handler: inout Handler
    ) throws {
        var index = start
        while index < end, !Self.isSpace(bytes[index]), bytes[index] != Byte.slash { index += 1 }
        let name = start..<index
        guard !name.isEmpty else {
            throw XMLSyntaxError(message: "a tag without a name", offset: documentOffset + start)
        }
        spans.removeAll(keepingCapacity: true)
        var selfClosing = false
        while true {
            while index < end, Self.isSpace(bytes[index]) { index += 1 }
            if index == end { break }
            if bytes[index] == Byte.slash {
                guard index + 1 == end else { throw malformedTag(at: index) }
                selfClosing = true
                break
            }
            spans.append(try attribute(bytes, at: &index, end: end))
        }
        switch position {
        case .epilog:
            throw XMLSyntaxError(message: "a second root element", offset: documentOffset + start)
        case .start, .prolog:
            position = .root
        case .root:
            break
        }
        guard openNameEnds.count < maxDepth else {
            throw XMLSyntaxError(
                message: "elements nested deeper than \(maxDepth) levels", offset: documentOffset + start)
        }
        let localName = XMLName(bytes: UnsafeRawBufferPointer(rebasing: bytes[localPart(bytes, name)]))
        try spans.withUnsafeBufferPointer { attributes in
            try handler.startElement(XMLStartTag(name: localName, source: bytes, attributes: attributes))
        }
        if selfClosing {
            try handler.endElement(localName)
            if openNameEnds.isEmpty { position = .epilog }
        } else {
            openNames.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[name]))
            openNameEnds.append(openNames.count)
        }
    }

    /// One `name="value"` pair of a start tag, from `index` (advanced past it).
    private mutating func attribute(
        _ bytes: UnsafeRawBufferPointer,
        at index: inout Int,
        end: Int
    ) throws -> XMLStartTag.AttributeSpan {
        let nameStart = index
        while index < end, !Self.isSpace(bytes[index]), bytes[index] != Byte.equals, bytes[index] != Byte.slash {
            index += 1
        }
        let name = nameStart..<index
        while index < end, Self.isSpace(bytes[index]) { index += 1 }
        guard !name.isEmpty, index < end, bytes[index] == Byte.equals else { throw malformedTag(at: index) }
        index += 1
        while index < end, Self.isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == Byte.doubleQuote || bytes[index] == Byte.singleQuote else {
            throw malformedTag(at: index)
        }
        let quote = bytes[index]
        index += 1
        let valueStart = index
        while index < end, bytes[index] != quote { index += 1 }
        guard index < end else { throw malformedTag(at: index) }
        let value = valueStart..<index
        index += 1
        var needsDecoding = false
        for offset in value {
            let byte = bytes[offset]
            if byte == Byte.ampersand || byte == Byte.carriageReturn || byte == Byte.lineFeed || byte == Byte.tab {
                needsDecoding = true
                break
            }
        }
        if needsDecoding {
            // Checked now so that reading the value later cannot fail.
            decoded.removeAll(keepingCapacity: true)
            guard
                XMLCharacterData.decode(UnsafeRawBufferPointer(rebasing: bytes[value]), attribute: true, into: &decoded)
            else {
                throw XMLSyntaxError(
                    message: "a malformed or undefined entity reference", offset: documentOffset + valueStart)
            }
        }
        return XMLStartTag.AttributeSpan(name: localPart(bytes, name), value: value, needsDecoding: needsDecoding)
    }

    private mutating func endTag<Handler: XMLEventHandler>(
        _ bytes: UnsafeRawBufferPointer,
        at start: Int,
        final: Bool,
        _ handler: inout Handler
    ) throws -> Int? {
        var index = start + max(2, resume)
        while index < bytes.count, bytes[index] != Byte.greaterThan {
            if bytes[index] < Byte.space, !Self.isSpace(bytes[index]) {
                throw controlCharacter(bytes[index], at: index)
            }
            index += 1
        }
        guard index < bytes.count else {
            return try incomplete(bytes, at: start, scanned: index, final: final, "an end tag")
        }
        var nameEnd = index
        while nameEnd > start + 2, Self.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        let name = UnsafeRawBufferPointer(rebasing: bytes[(start + 2)..<nameEnd])
        guard let top = openNameEnds.last else {
            throw XMLSyntaxError(
                message: "</\(String(decoding: name, as: UTF8.self))> closes no element", offset: documentOffset + start
            )
        }
        let topStart = openNameEnds.count > 1 ? openNameEnds[openNameEnds.count - 2] : 0
        guard openNames[topStart..<top].elementsEqual(name) else {
            let open = String(decoding: openNames[topStart..<top], as: UTF8.self)
            throw XMLSyntaxError(
                message: "</\(String(decoding: name, as: UTF8.self))> does not close <\(open)>",
                offset: documentOffset + start)
        }
        openNames.removeSubrange(topStart...)
        openNameEnds.removeLast()
        try handler.endElement(
            XMLName(bytes: UnsafeRawBufferPointer(rebasing: bytes[localPart(bytes, (start + 2)..<nameEnd)])))
        if openNameEnds.isEmpty { position = .epilog }
        return index + 1
    }

    /// `<?target ...?>`: the XML declaration (its encoding checked) or a processing
    /// instruction, which is skipped.
    private mutating func processingInstruction(
        _ bytes: UnsafeRawBufferPointer,
        at start: Int,
        final: Bool
    ) throws -> Int? {
        guard let close = find([Byte.question, Byte.greaterThan], in: bytes, from: start + max(2, resume)) else {
            let scanned = max(start + 2, bytes.count - 1)
            return try incomplete(bytes, at: start, scanned: scanned, final: final, "a processing instruction")
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[(start + 2)..<close])
        let target = String(decoding: body.prefix { !Self.isSpace($0) }, as: UTF8.self)
        if target.lowercased() == "xml" {
            guard position == .start else {
                throw XMLSyntaxError(message: "an XML declaration after the start", offset: documentOffset + start)
            }
            try checkEncoding(String(decoding: body, as: UTF8.self), at: start)
        }
        if position == .start { position = .prolog }
        return close + 2
    }

    /// `<!--…-->` (skipped), `<![CDATA[…]]>` (text), and every other `<!` — `<!DOCTYPE`,
    /// `<!ENTITY` — refused.
    private mutating func declaration<Handler: XMLEventHandler>(
        _ bytes: UnsafeRawBufferPointer,
        at start: Int,
        final: Bool,
        _ handler: inout Handler
    ) throws -> Int? {
        let available = bytes.count - start
        if available >= 4, bytes[start + 2] == Byte.dash, bytes[start + 3] == Byte.dash {
            let closing = [Byte.dash, Byte.dash, Byte.greaterThan]
            guard let close = find(closing, in: bytes, from: start + max(4, resume)) else {
                return try incomplete(
                    bytes, at: start, scanned: max(start + 4, bytes.count - 2), final: final, "a comment")
            }
            if position == .start { position = .prolog }
            return close + 3
        }
        let cdata = Array("<![CDATA[".utf8)
        guard available >= cdata.count || final else {
            return try incomplete(bytes, at: start, scanned: start, final: final, "a declaration")
        }
        guard available >= cdata.count, bytes[start..<(start + cdata.count)].elementsEqual(cdata) else {
            let keyword = String(
                decoding: bytes[start..<min(bytes.count, start + 9)].prefix { !Self.isSpace($0) }, as: UTF8.self)
            throw XMLSyntaxError(
                message: "\(keyword) is refused: workbook parts never need a DTD or entity declarations",
                offset: documentOffset + start)
        }
        let closing = [Byte.closingBracket, Byte.closingBracket, Byte.greaterThan]
        guard let close = find(closing, in: bytes, from: start + max(cdata.count, resume)) else {
            let scanned = max(start + cdata.count, bytes.count - 2)
            return try incomplete(bytes, at: start, scanned: scanned, final: final, "a CDATA section")
        }
        let text = UnsafeRawBufferPointer(rebasing: bytes[(start + cdata.count)..<close])
        if let control = text.firstIndex(where: { $0 < Byte.space && !Self.isSpace($0) }) {
            throw controlCharacter(text[control], at: start + cdata.count + control)
        }
        guard position == .root else {
            throw XMLSyntaxError(message: "a CDATA section outside the root element", offset: documentOffset + start)
        }
        if !text.isEmpty {
            try deliver(text, decoding: text.contains(Byte.carriageReturn), references: false, at: start, &handler)
        }
        return close + 3
    }

    // MARK: - Helpers

    /// The length of a UTF-8 byte order mark at the very start; other encodings are refused.
    private func byteOrderMarkLength(_ bytes: UnsafeRawBufferPointer) throws -> Int {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return 3 }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw XMLSyntaxError(message: "UTF-16 XML is not supported (workbook parts are UTF-8)", offset: 0)
        }
        return 0
    }

    /// Refuses a declaration naming an encoding other than UTF-8.
    private func checkEncoding(_ declaration: String, at start: Int) throws {
        guard let range = declaration.range(of: "encoding") else { return }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return }
        let name = rest.dropFirst().prefix { $0 != quote }
        guard ["utf-8", "utf8"].contains(name.lowercased()) else {
            throw XMLSyntaxError(
                message: "encoding \"\(name)\" is not supported (workbook parts are UTF-8)",
                offset: documentOffset + start)
        }
    }

    /// Notes an unfinished token: an error at the end of input or past the markup limit,
    /// otherwise nil (wait for the next chunk, resuming the scan at `scanned`).
    private mutating func incomplete(
        _ bytes: UnsafeRawBufferPointer,
        at start: Int,
        scanned: Int,
        final: Bool,
        _ what: String
    ) throws -> Int? {
        if final {
            throw XMLSyntaxError(message: "the document ends inside \(what)", offset: documentOffset + start)
        }
        guard bytes.count - start <= maxMarkupBytes else {
            throw XMLSyntaxError(message: "\(what) longer than \(maxMarkupBytes) bytes", offset: documentOffset + start)
        }
        resume = scanned - start
        return nil
    }

    /// The first index at or after `start` where `pattern` begins, if it is complete in `bytes`.
    private func find(_ pattern: [UInt8], in bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// The part of a qualified name after its prefix.
    private func localPart(_ bytes: UnsafeRawBufferPointer, _ name: Range<Int>) -> Range<Int> {
        guard let colon = name.last(where: { bytes[$0] == Byte.colon }) else { return name }
        return (colon + 1)..<name.upperBound
    }

    private func malformedTag(at index: Int) -> XMLSyntaxError {
        XMLSyntaxError(message: "a malformed tag", offset: documentOffset + index)
    }

    private func controlCharacter(_ byte: UInt8, at index: Int) -> XMLSyntaxError {
        let hex = String(byte, radix: 16, uppercase: true)
        return XMLSyntaxError(
            message: "control character 0x\(hex.count < 2 ? "0" : "")\(hex), which XML does not allow",
            offset: documentOffset + index)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == Byte.space || byte == Byte.tab || byte == Byte.lineFeed || byte == Byte.carriageReturn
    }
}
