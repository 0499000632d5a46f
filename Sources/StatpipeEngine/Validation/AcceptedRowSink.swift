import StatpipeCore

/// Receives the rows validation accepted, dataset by dataset (parents first), each
/// dataset's rows in file order.
public protocol AcceptedRowSink: AnyObject {
    /// One accepted row of `dataset`, read from `file`.
    func accept(_ row: TypedRow, dataset: PlannedDataset, file: PlannedFile)
}
