/// The output formats of `statpipe convert`.
public enum ConvertFormat: String, CaseIterable, Sendable {
    /// RFC 4180 CSV with `,` and `\n` line ends.
    case csv
    /// One JSON object per record, keyed by header name, every value a string.
    case jsonl
}
