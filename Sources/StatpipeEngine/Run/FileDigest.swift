import Crypto
import Foundation

/// SHA-256 and size of a file, read in blocks (inputs can be gigabytes).
struct FileDigest: Sendable {
    let sha256: String
    let bytes: Int

    /// Hashes the file at `path`.
    /// - Throws: ``StatpipeError`` `io` naming the file.
    init(path: String, displayPath: String) throws(StatpipeError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StatpipeError(.io, "\(displayPath): cannot read for hashing")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var total = 0
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                hasher.update(data: block)
                total += block.count
            }
        } catch {
            throw StatpipeError(.io, "\(displayPath): \(StagedDirectory.reason(error))")
        }
        sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        bytes = total
    }
}
