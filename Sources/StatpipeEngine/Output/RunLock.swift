import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The lock that keeps two runs from writing the same output root at once (SPEC §6, exit 3).
///
/// It is an advisory `flock` on `OUT/.statpipe.lock`: the kernel releases it when the
/// holder exits or is killed, so a crashed run never leaves a lock behind. The file records
/// the holder's pid and start time for the message another run prints.
public final class RunLock {
    /// The lock file's name inside the output root.
    public static let fileName = ".statpipe.lock"

    private let descriptor: Int32
    /// Set when the lock file named a previous holder that is gone (it died without cleaning up).
    public let staleHolder: String?

    /// Takes the lock on `outputRoot` (creating the directory).
    /// - Throws: ``StatpipeError`` `locked` naming the holder, or `io`.
    public init(outputRoot: URL, startedAt: String) throws(StatpipeError) {
        let path = outputRoot.appendingPathComponent(Self.fileName).path
        do {
            try FileManager.default.createDirectory(at: outputRoot, withIntermediateDirectories: true)
        } catch {
            throw StatpipeError(.io, "\(outputRoot.path): cannot create the output directory: \(StagedDirectory.reason(error))")
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StatpipeError(.io, "\(path): cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        let previous = Self.contents(of: descriptor)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            let holder = previous.isEmpty ? "another run" : previous
            throw StatpipeError(.locked, "\(path): output is locked by \(holder)")
        }
        self.descriptor = descriptor
        staleHolder = previous.isEmpty ? nil : previous
        let record = "pid \(getpid()), started \(startedAt)"
        _ = ftruncate(descriptor, 0)
        _ = record.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func contents(of descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
    }
}
