/// A field separator statpipe recognizes: `,` `;` tab `|`.
public struct CSVDelimiter: Sendable, Hashable, CustomStringConvertible {
    /// The separator byte.
    public let byte: UInt8

    public static let comma = CSVDelimiter(byte: UInt8(ascii: ","))
    public static let semicolon = CSVDelimiter(byte: UInt8(ascii: ";"))
    public static let tab = CSVDelimiter(byte: UInt8(ascii: "\t"))
    public static let pipe = CSVDelimiter(byte: UInt8(ascii: "|"))

    /// The separators sniffing chooses among, in the order that breaks ties.
    public static let recognized: [CSVDelimiter] = [.comma, .semicolon, .tab, .pipe]

    private init(byte: UInt8) { self.byte = byte }

    /// A user's spelling of a separator: the character itself, or `tab` / `\t`.
    public init?(spelling: String) {
        let character: String
        switch spelling.lowercased() {
        case "tab", "\\t": character = "\t"
        default: character = spelling
        }
        guard let match = Self.recognized.first(where: { $0.description == character }) else { return nil }
        self = match
    }

    /// The separator as the character itself (SPEC: reports show `;`, not `semicolon`).
    public var description: String { String(UnicodeScalar(byte)) }
}
