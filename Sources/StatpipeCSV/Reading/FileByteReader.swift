#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a regular file sequentially into caller-provided buffers, with POSIX `read`.
///
/// The file is never loaded whole: callers read fixed-size chunks.
final class FileByteReader {
    /// The size of the file in bytes when it was opened.
    let size: Int

    private let descriptor: Int32
    private let path: String
    /// Bytes left before the reader stops early (a segment's end), or nil for the whole file.
    private var remaining: Int?

    /// Opens `path` for reading.
    ///
    /// - Throws: ``CSVReadError`` of kind `.io` when the file is missing, unreadable or a directory.
    init(path: String) throws(CSVReadError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(file: path, errno: errno) }
        // No `stat` struct here: with Foundation in the build, which module owns it is
        // ambiguous. A directory opens, and a zero-byte read reports EISDIR; the size is
        // where the end of the file lies.
        var probe: UInt8 = 0
        if Glibc.read(descriptor, &probe, 0) < 0 || lseek(descriptor, 0, SEEK_CUR) < 0 {
            let code = errno
            close(descriptor)
            throw .io(file: path, errno: code)
        }
        let end = lseek(descriptor, 0, SEEK_END)
        guard end >= 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
            let code = errno
            close(descriptor)
            throw .io(file: path, errno: code == 0 ? EISDIR : code)
        }
        self.descriptor = descriptor
        self.size = Int(end)
    }

    deinit { close(descriptor) }

    /// Reads up to `buffer.count` bytes; returns 0 at the end of the file (or of the range).
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadError) -> Int {
        let wanted = min(buffer.count, remaining ?? buffer.count)
        guard wanted > 0 else { return 0 }
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, wanted)
            if count >= 0 {
                remaining = remaining.map { $0 - count }
                return count
            }
            if errno != EINTR { throw .io(file: path, errno: errno) }
        }
    }

    /// Limits reading to the bytes `range` of the file.
    func restrict(to range: Range<Int>) throws(CSVReadError) {
        try seek(to: range.lowerBound)
        remaining = range.count
    }

    /// Moves back to the start of the file.
    func rewind() throws(CSVReadError) {
        try seek(to: 0)
    }

    /// Moves to byte `offset`.
    func seek(to offset: Int) throws(CSVReadError) {
        guard lseek(descriptor, off_t(offset), SEEK_SET) == off_t(offset) else { throw .io(file: path, errno: errno) }
    }
}
