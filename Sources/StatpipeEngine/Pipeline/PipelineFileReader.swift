#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the pipeline file's text with POSIX calls, so a failure reports the system's reason.
enum PipelineFileReader {
    /// The largest pipeline file accepted; a bigger one is surely a wrong path (a data file, say).
    static let maximumSize = 1 << 20

    /// The UTF-8 text of `path`.
    ///
    /// - Throws: ``StatpipeError`` — `io` when the file is missing, a directory or unreadable
    ///   (`path: No such file or directory`), `usage` when it is not UTF-8 text or too large.
    static func text(of path: String) throws(StatpipeError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        // A directory opens, and its first read fails with EISDIR ("Is a directory").

        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > maximumSize {
                throw StatpipeError(.usage, "\(path): larger than \(maximumSize) bytes, not a pipeline file")
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw StatpipeError(.usage, "\(path): the pipeline file is not UTF-8 text")
        }
        return text
    }

    /// An I/O error naming `path` and the system's reason for `code`.
    private static func failure(_ path: String, _ code: Int32) -> StatpipeError {
        StatpipeError(.io, "\(path): \(String(cString: strerror(code)))")
    }
}
