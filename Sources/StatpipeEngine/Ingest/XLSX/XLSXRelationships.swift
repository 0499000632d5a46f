/// The relationships of one package part (its `_rels/NAME.rels`): how the workbook finds
/// its sheets, shared strings and styles (ECMA-376 Part 2, Open Packaging Conventions).
struct XLSXRelationships {
    /// One relationship: what kind of part, and which.
    struct Relationship: Equatable {
        /// The relationship type's last path component (`worksheet`, `sharedStrings`…):
        /// transitional and strict OOXML spell the same kinds under different namespaces.
        let kind: String
        /// The target part's name inside the zip, resolved; nil for an external target.
        let part: String?
    }

    /// The relationships by id.
    private(set) var byID: [String: Relationship] = [:]
    /// The relationships in document order.
    private(set) var all: [Relationship] = []

    /// The first relationship of `kind`, if any.
    func first(_ kind: String) -> Relationship? {
        all.first { $0.kind == kind }
    }

    /// The name of the relationships part of `part` (`xl/workbook.xml` →
    /// `xl/_rels/workbook.xml.rels`; the package itself, `""` → `_rels/.rels`).
    static func partName(for part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[...slash])_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// Resolves `target` against the folder of `source`, or nil when it leaves the package.
    ///
    /// A target starting with `/` is absolute within the package; `.` and `..` segments are
    /// applied, and a `..` above the package root is refused.
    static func resolve(_ target: String, from source: String) -> String? {
        var segments: [Substring] = []
        if !target.hasPrefix("/"), let slash = source.lastIndex(of: "/") {
            segments = source[..<slash].split(separator: "/")
        }
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard segments.popLast() != nil else { return nil }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// Reads the relationships part of `source`; a package without one has no relationships.
    static func read(for source: String, in package: XLSXPackageReader) throws -> XLSXRelationships {
        let name = partName(for: source)
        guard package.contains(name) else { return XLSXRelationships() }
        var handler = Handler(source: source, partName: name, file: package.displayPath)
        try package.parse(name, limit: package.limits.maxMetadataBytes, into: &handler)
        return handler.relationships
    }

    /// Collects `<Relationship Id Type Target TargetMode>` elements.
    private struct Handler: XMLEventHandler {
        let source: String
        let partName: String
        let file: String
        var relationships = XLSXRelationships()

        mutating func startElement(_ tag: XMLStartTag) throws {
            guard tag.name.matches("Relationship"), let id = tag.attribute("Id"), let type = tag.attribute("Type"),
                let target = tag.attribute("Target")
            else { return }
            let kind = String(type.split(separator: "/").last ?? "")
            var part: String?
            if tag.attribute("TargetMode") != "External" {
                guard let resolved = XLSXRelationships.resolve(target, from: source) else {
                    throw XLSXReadError(
                        .malformed, file: file, "\(partName): target '\(target)' leaves the package; refused")
                }
                part = resolved
            }
            let relationship = Relationship(kind: kind, part: part)
            relationships.all.append(relationship)
            relationships.byID[id] = relationship
        }

        mutating func endElement(_ name: XMLName) throws {}
        mutating func characters(_ text: UnsafeRawBufferPointer) throws {}
    }
}
