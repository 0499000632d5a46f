/// The bounds a workbook must stay within, so that a hostile file costs bounded memory and
/// time: each is refused with a one-line error instead of being unpacked.
///
/// The defaults sit far above what a spreadsheet program writes for a district's tables and
/// far below what would hurt the machine. Tests shrink them.
struct XLSXReadLimits: Sendable, Equatable {
    /// The most bytes a worksheet part may unpack to. The sheet is streamed, so this bounds
    /// time rather than memory.
    var maxSheetBytes: Int64 = 1 << 30
    /// The most bytes the shared-strings part may unpack to: it is the one part held in
    /// memory whole, because any cell may point anywhere in it.
    var maxSharedStringsBytes: Int64 = 256 << 20
    /// The most bytes any other part read (workbook, relationships, styles) may unpack to.
    var maxMetadataBytes: Int64 = 64 << 20
    /// The largest unpacked-to-packed ratio allowed once a part passes ``ratioGraceBytes``.
    /// Spreadsheet XML packs 5–50 : 1; deflate tops out near 1032 : 1, where zip bombs live.
    var maxCompressionRatio: Int64 = 200
    /// Parts smaller than this unpacked are never judged by their ratio: tiny parts of
    /// repeated markup pack very well and are harmless.
    var ratioGraceBytes: Int64 = 10 << 20
    /// The most worksheets a workbook may list.
    var maxSheets = 256
    /// The most entries the zip may hold; every entry's path is checked, so this bounds the
    /// work done before anything is read.
    var maxEntries = 10_000
    /// The most bytes of text one cell may hold: well above Excel's 32,767 characters.
    var maxCellBytes = 256 << 10
    /// The most bytes of cell text one row may hold.
    var maxRowBytes = 16 << 20
    /// The longest single piece of XML markup (a tag, comment or CDATA section).
    var maxMarkupBytes = 4 << 20
    /// The deepest element nesting accepted; SpreadsheetML needs fewer than ten levels.
    var maxDepth = 128

    /// The limits statpipe reads every workbook with.
    static let standard = XLSXReadLimits()
}
