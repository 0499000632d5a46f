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

    /// Opens `path` for reading.
    ///
    /// - Throws: ``CSVReadError`` of kind `.io` when the file is missing, unreadable or a directory.
    init(path: String) throws(CSVReadError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(file: path, errno: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw .io(file: path, errno: code)
        }
        guard (status.st_mode & S_IFMT) != S_IFDIR else {
            close(descriptor)
            throw .io(file: path, errno: EISDIR)
        }
        self.descriptor = descriptor
        self.size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    /// Reads up to `buffer.count` bytes; returns 0 at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadError) -> Int {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw .io(file: path, errno: errno) }
        }
    }

    /// Moves back to the start of the file.
    func rewind() throws(CSVReadError) {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else { throw .io(file: path, errno: errno) }
    }
}
