#if canImport(Glibc)
import Glibc
#endif

/// A file being written: created (or truncated), filled through a buffer, then closed.
public final class OutputFile {
    /// The file's path.
    public let path: String
    private let descriptor: Int32
    private let output: BufferedOutput
    private var isClosed = false

    /// Creates `path` for writing.
    /// - Throws: ``StatpipeError`` (`io`) naming the path when it cannot be created.
    public init(path: String) throws(StatpipeError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StatpipeError(.io, "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.descriptor = descriptor
        output = BufferedOutput(descriptor: descriptor, name: path)
    }

    deinit { if !isClosed { Glibc.close(descriptor) } }

    /// Appends text.
    public func write(_ text: String) throws(StatpipeError) { try output.write(text) }

    /// Appends raw bytes.
    public func write(bytes: [UInt8]) throws(StatpipeError) { try output.write(bytes: bytes) }

    /// Flushes, syncs to disk (a run's output must survive a crash once renamed into
    /// place) and closes.
    public func close() throws(StatpipeError) {
        try output.flush()
        isClosed = true
        let synced = fsync(descriptor)
        let closed = Glibc.close(descriptor)
        guard synced == 0, closed == 0 else {
            throw StatpipeError(.io, "\(path): cannot write: \(String(cString: strerror(errno)))")
        }
    }

    /// Writes `bytes` as the whole content of `path`.
    public static func write(_ bytes: [UInt8], to path: String) throws(StatpipeError) {
        let file = try OutputFile(path: path)
        try file.write(bytes: bytes)
        try file.close()
    }
}
