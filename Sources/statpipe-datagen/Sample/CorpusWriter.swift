import Foundation

/// Writes a corpus under an output directory, replacing the `reference/` and `districts/` trees it owns.
struct CorpusWriter {
    let root: URL

    /// Removes the previous `reference/` and `districts/` (so no stale file is left for the globs), then writes every file.
    func write(_ files: [SampleFile]) throws {
        let manager = FileManager.default
        for owned in ["reference", "districts"] {
            let directory = root.appendingPathComponent(owned)
            if manager.fileExists(atPath: directory.path) {
                try manager.removeItem(at: directory)
            }
        }
        for file in files {
            try write(file.bytes, to: file.path)
        }
    }

    /// Writes `bytes` at `path` (relative to the root), creating its directory.
    func write(_ bytes: [UInt8], to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}
