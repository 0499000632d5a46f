import StatpipeCSV
import StatpipeCore

/// Ingest settings for the files one glob matches (SPEC §7 `overrides`); unset keys leave the options alone.
public struct InputOverride: Sendable, Equatable {
    /// A `thousands:` setting: no grouping (`""`) or a separator.
    public enum Thousands: Sendable, Equatable {
        /// Numbers are not grouped (`thousands: ""`).
        case ungrouped
        /// Groups of digits are separated by this character (`.`, `,` or a space).
        case separator(Character)
    }

    /// Globs relative to the data root; the override applies to a file that matches any of them.
    public var files: [String]
    /// `decimal:`, `.` or `,`.
    public var decimalMark: Character?
    /// `thousands:`.
    public var thousands: Thousands?
    /// `encoding:`, the encoding of bytes that are not UTF-8.
    public var encoding: TextEncoding?
    /// `delimiter:`, which turns delimiter sniffing off.
    public var delimiter: CSVDelimiter?
    /// `sheet:`, the worksheet of a workbook.
    public var sheet: String?

    public init(
        files: [String],
        decimalMark: Character? = nil,
        thousands: Thousands? = nil,
        encoding: TextEncoding? = nil,
        delimiter: CSVDelimiter? = nil,
        sheet: String? = nil
    ) {
        self.files = files
        self.decimalMark = decimalMark
        self.thousands = thousands
        self.encoding = encoding
        self.delimiter = delimiter
        self.sheet = sheet
    }

    /// Whether the override applies to `relativePath`, a path relative to the data root.
    public func applies(to relativePath: String) -> Bool {
        files.contains { PipelineGlob.matches($0, relativePath) }
    }

    /// Sets in `options` every key this override sets, leaving the others as they are.
    public func apply(to options: inout IngestOptions) {
        if let decimalMark { options.numberFormat.decimalMark = decimalMark }
        switch thousands {
        case .none: break
        case .ungrouped: options.numberFormat.groupMark = nil
        case .separator(let mark): options.numberFormat.groupMark = mark
        }
        if let encoding { options.declaredEncoding = encoding }
        if let delimiter { options.delimiter = delimiter }
        if let sheet { options.sheet = sheet }
    }
}
