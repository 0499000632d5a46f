#if canImport(Glibc)
import Glibc
#endif

/// Collects output text and writes it to a file descriptor in large blocks.
public final class BufferedOutput {
    private let descriptor: Int32
    private let name: String
    private var pending: [UInt8] = []
    private let flushThreshold = 1 << 16

    /// Writes to an already open descriptor, e.g. `STDOUT_FILENO`; `name` appears in errors.
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        pending.reserveCapacity(flushThreshold * 2)
    }

    /// Standard output.
    public static func standardOutput() -> BufferedOutput {
        BufferedOutput(descriptor: STDOUT_FILENO, name: "standard output")
    }

    /// Appends `text`, writing out when enough has collected.
    public func write(_ text: String) throws(StatpipeError) {
        pending.append(contentsOf: text.utf8)
        if pending.count >= flushThreshold { try flush() }
    }

    /// Appends raw bytes, writing out when enough has collected.
    public func write(bytes: [UInt8]) throws(StatpipeError) {
        pending.append(contentsOf: bytes)
        if pending.count >= flushThreshold { try flush() }
    }

    /// Writes out everything collected.
    public func flush() throws(StatpipeError) {
        var offset = 0
        while offset < pending.count {
            let written = pending.withUnsafeBytes { bytes in
                Glibc.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw StatpipeError(.io, "\(name): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        pending.removeAll(keepingCapacity: true)
    }
}
