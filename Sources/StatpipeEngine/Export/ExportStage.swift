import Dispatch
import Synchronization

/// The export stage: every exporter runs concurrently, each writing only its own files,
/// so the outputs are the same bytes whatever the order they finish in.
public struct ExportStage: Sendable {
    /// The exporters a run uses, in the order their errors are reported.
    public let exporters: [any Exporter]

    public init(exporters: [any Exporter]) {
        self.exporters = exporters
    }

    /// Runs every exporter; the first failure (in exporter order) is thrown once all are done.
    public func run(_ context: ExportContext, into staged: StagedDirectory) throws(StatpipeError) {
        let failures = Mutex([Int: StatpipeError]())
        DispatchQueue.concurrentPerform(iterations: exporters.count) { index in
            do throws(StatpipeError) {
                try exporters[index].export(context, into: staged)
            } catch {
                failures.withLock { $0[index] = error }
            }
        }
        if let first = failures.withLock({ $0.sorted { $0.key < $1.key }.first?.value }) { throw first }
    }
}
