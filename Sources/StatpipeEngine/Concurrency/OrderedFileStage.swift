import Dispatch
import Foundation

/// Runs one worker per input file, at most `jobs` at a time and in file order, each
/// streaming its results through a bounded channel; the caller consumes file after file,
/// in order, on its own thread.
///
/// Work is concurrent but the consumer sees exactly the sequence a single thread would
/// produce, which is how validation stays deterministic whatever `--jobs` is.
final class OrderedFileStage<Chunk: Sendable>: @unchecked Sendable {
    // @unchecked: `channels` is written once in init; the semaphores and queue are thread-safe.
    private let channels: [BoundedChannel<Chunk>]
    private let slots: DispatchSemaphore
    private let finished = DispatchGroup()

    /// Starts the workers.
    /// - Parameters:
    ///   - count: The number of files.
    ///   - jobs: How many files may be worked on at once.
    ///   - capacity: How many chunks a worker may get ahead of the consumer.
    ///   - work: Reads file `index` and sends its chunks; it must stop when `send` returns false.
    init(count: Int, jobs: Int, capacity: Int, work: @escaping @Sendable (Int, BoundedChannel<Chunk>) -> Void) {
        let channels = (0..<count).map { _ in BoundedChannel<Chunk>(capacity: capacity) }
        let slots = DispatchSemaphore(value: max(1, jobs))
        self.channels = channels
        self.slots = slots
        let finished = self.finished
        finished.enter()
        Thread.detachNewThread {
            // Files are started in order: a slot is taken before the next file begins, so
            // the file the consumer waits for always has (or had) a worker.
            for index in 0..<count {
                slots.wait()
                finished.enter()
                DispatchQueue.global().async {
                    work(index, channels[index])
                    channels[index].close()
                    finished.leave()
                }
            }
            finished.leave()
        }
    }

    /// Calls `body` with each chunk of file `index`, in order, then frees its slot.
    func consume<Failure: Error>(_ index: Int, _ body: (Chunk) throws(Failure) -> Void) throws(Failure) {
        defer { slots.signal() }
        while let chunk = channels[index].receive() { try body(chunk) }
    }

    /// Stops every worker and waits for them (after an error, or at the end).
    func finish() {
        for channel in channels { channel.cancel() }
        for _ in channels { slots.signal() }
        finished.wait()
    }
}
