import StatpipeCSV
import StatpipeCore

/// How one input file is to be read: the per-file settings of SPEC §2 and §7 `overrides`.
public struct IngestOptions: Sendable, Equatable {
    /// The field separator, or nil to sniff it.
    public var delimiter: CSVDelimiter?
    /// The declared encoding, or nil for UTF-8 with the windows-1258 fallback.
    public var declaredEncoding: TextEncoding?
    /// The worksheet of a workbook to read, or nil for the first.
    public var sheet: String?
    /// How numbers are written in the file (`decimal:` / `thousands:`).
    public var numberFormat: NumberFormat
    /// The read size; tests shrink it.
    public var chunkSize: Int

    public init(
        delimiter: CSVDelimiter? = nil,
        declaredEncoding: TextEncoding? = nil,
        sheet: String? = nil,
        numberFormat: NumberFormat = NumberFormat(),
        chunkSize: Int = CSVReadOptions.defaultChunkSize
    ) {
        self.delimiter = delimiter
        self.declaredEncoding = declaredEncoding
        self.sheet = sheet
        self.numberFormat = numberFormat
        self.chunkSize = chunkSize
    }

    /// The options the CSV reader takes.
    var csvOptions: CSVReadOptions {
        CSVReadOptions(delimiter: delimiter, declaredEncoding: declaredEncoding, chunkSize: chunkSize)
    }
}
