import StatpipeCore

/// One file of the sample data: its path under the data root, its dataset, format and bytes.
struct SampleFile {
    /// Relative to the data root, `/`-separated.
    let path: String
    let dataset: Dataset
    let format: FileFormat
    let bytes: [UInt8]
    /// The header and every record as written (planted rows included, blank rows not): a CSV's
    /// cells are all text, a workbook's number fields numeric. The verification reads the file
    /// back and expects these cells, which also checks that an encoding round-trips.
    let rows: [[TableCell]]
}
