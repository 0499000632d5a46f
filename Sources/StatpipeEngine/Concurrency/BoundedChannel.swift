import Foundation

/// A queue between one producer and one consumer that blocks the producer when full.
///
/// This is what keeps memory flat: a file worker can run ahead of the ordered consumer by
/// at most `capacity` chunks, whatever the size of the file.
final class BoundedChannel<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property is read and written under `condition`.
    private let condition = NSCondition()
    private var buffer: [Element] = []
    private var head = 0
    private let capacity: Int
    private var isClosed = false
    private var isCancelled = false

    init(capacity: Int) {
        precondition(capacity > 0, "a channel needs room for one element")
        self.capacity = capacity
    }

    /// Waits for room and appends `element`; returns false when the consumer cancelled.
    @discardableResult
    func send(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while buffer.count - head >= capacity && !isCancelled { condition.wait() }
        guard !isCancelled else { return false }
        buffer.append(element)
        condition.broadcast()
        return true
    }

    /// Marks the end of the stream.
    func close() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the producer: pending and future sends are dropped.
    func cancel() {
        condition.lock()
        isCancelled = true
        buffer.removeAll()
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the next element; nil once the stream is closed and drained.
    func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == buffer.count && !isClosed && !isCancelled { condition.wait() }
        guard head < buffer.count else { return nil }
        let element = buffer[head]
        head += 1
        if head == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return element
    }
}
