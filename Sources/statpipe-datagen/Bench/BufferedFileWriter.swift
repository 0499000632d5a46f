import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes one file through a large buffer, so that millions of small rows cost a few large
/// `write(2)` calls and memory stays at the buffer's size whatever the file's.
///
/// Rows are appended as bytes, never as `String`s: the benchmark corpus is written at hundreds
/// of MB/s, and per-row text building would dominate.
final class BufferedFileWriter {
    /// A file that could not be created or written.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// 8 MiB: large enough that system calls are a negligible share of the time.
    static let defaultCapacity = 8 << 20

    let path: String
    /// Bytes appended so far, buffered or written.
    private(set) var byteCount = 0
    private var descriptor: Int32
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var buffered = 0

    /// Creates (or truncates) the file at `path`.
    init(path: String, capacity: Int = BufferedFileWriter.defaultCapacity) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Failure(description: "\(path): cannot create the file (\(String(cString: strerror(errno))))")
        }
        self.path = path
        self.descriptor = descriptor
        self.capacity = max(capacity, 4096)
        storage = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
    }

    /// Appends `bytes`.
    func append(_ bytes: [UInt8]) throws(Failure) {
        try makeRoom(bytes.count)
        bytes.withUnsafeBytes { source in
            UnsafeMutableRawBufferPointer(start: storage + buffered, count: source.count).copyMemory(from: source)
        }
        buffered += bytes.count
        byteCount += bytes.count
    }

    /// Appends one byte (an ASCII delimiter or line feed).
    func append(byte: UInt8) throws(Failure) {
        try makeRoom(1)
        storage[buffered] = byte
        buffered += 1
        byteCount += 1
    }

    /// Appends a non-negative integer in decimal digits.
    func append(integer value: Int) throws(Failure) {
        precondition(value >= 0, "only non-negative integers are written")
        try makeRoom(20)
        let digits = Self.writeDigits(of: value, at: storage + buffered)
        buffered += digits
        byteCount += digits
    }

    /// Appends a non-negative count of thousandths as a decimal with exactly three fraction digits
    /// (`1234567` → `1234.567`), as values of 3 decimals are written.
    func append(thousandths value: Int) throws(Failure) {
        precondition(value >= 0, "only non-negative values are written")
        try makeRoom(24)
        let start = storage + buffered
        let integerDigits = Self.writeDigits(of: value / 1000, at: start)
        let fraction = value % 1000
        start[integerDigits] = UInt8(ascii: ".")
        start[integerDigits + 1] = UInt8(truncatingIfNeeded: 0x30 + fraction / 100)
        start[integerDigits + 2] = UInt8(truncatingIfNeeded: 0x30 + fraction / 10 % 10)
        start[integerDigits + 3] = UInt8(truncatingIfNeeded: 0x30 + fraction % 10)
        buffered += integerDigits + 4
        byteCount += integerDigits + 4
    }

    /// Writes what is buffered and closes the file.
    func close() throws(Failure) {
        try flush()
        guard descriptor >= 0 else { return }
        let status = Foundation.close(descriptor)
        descriptor = -1
        guard status == 0 else { throw failure("cannot close the file") }
    }

    /// Flushes when fewer than `byteCount` bytes are free (a single append is always far smaller than the buffer).
    @inline(__always)
    private func makeRoom(_ byteCount: Int) throws(Failure) {
        if buffered + byteCount > capacity {
            try flush()
            precondition(byteCount <= capacity, "an append larger than the buffer")
        }
    }

    private func flush() throws(Failure) {
        var offset = 0
        while offset < buffered {
            let written = write(descriptor, storage + offset, buffered - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure("cannot write the file")
            }
            offset += written
        }
        buffered = 0
    }

    private func failure(_ what: String) -> Failure {
        Failure(description: "\(path): \(what) (\(String(cString: strerror(errno))))")
    }

    /// Writes the decimal digits of `value` (≥ 0) at `start`; returns how many.
    @inline(__always)
    private static func writeDigits(of value: Int, at start: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 1
        var probe = value
        while probe >= 10 {
            probe /= 10
            count += 1
        }
        var rest = value
        var cursor = start + count
        repeat {
            cursor -= 1
            cursor.pointee = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        } while rest > 0
        return count
    }
}
