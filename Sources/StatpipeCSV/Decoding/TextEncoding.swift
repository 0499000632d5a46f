import Foundation

/// A text encoding statpipe reads, named as SPEC §1 names them in reports.
public enum TextEncoding: String, Sendable, CaseIterable, Equatable {
    case utf8 = "utf-8"
    case utf8WithBOM = "utf-8-bom"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case windows1258 = "windows-1258"
    case windows1252 = "windows-1252"

    /// The encodings a user may declare for an input (`encoding:` or `--encoding`).
    ///
    /// Accepts the SPEC names and common aliases (`utf8`, `cp1258`, `cp1252`), any case.
    public init?(declaredName: String) {
        switch declaredName.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "windows-1258", "cp1258": self = .windows1258
        case "windows-1252", "cp1252": self = .windows1252
        case "utf-16le", "utf-16": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        default: return nil
        }
    }

    /// The encoding used for bytes that are not valid UTF-8 when none is declared.
    public static let defaultFallback = TextEncoding.windows1258

    /// The glibc iconv name to decode from, or nil when the bytes are already UTF-8.
    var iconvName: String? {
        switch self {
        case .utf8, .utf8WithBOM: return nil
        case .utf16LittleEndian: return "UTF-16LE"
        case .utf16BigEndian: return "UTF-16BE"
        case .windows1258: return "CP1258"
        case .windows1252: return "CP1252"
        }
    }
}
