/// One file of the sample data: its path under the data root, its dataset and its bytes.
struct SampleFile {
    /// Relative to the data root, `/`-separated.
    let path: String
    let dataset: Dataset
    let dialect: CSVDialect
    let bytes: [UInt8]
    /// The text the bytes encode (NFC), to check that the encoding round-trips.
    let text: String
}
