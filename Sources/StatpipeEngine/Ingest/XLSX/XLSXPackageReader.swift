import Foundation
import ZIPFoundation

#if canImport(Glibc)
import Glibc
#endif

/// The zip container of a workbook: which parts it holds, and each part's bytes streamed
/// through the limits that keep a hostile file from costing unbounded time or memory.
///
/// Opening checks the whole archive's directory before anything is unpacked: it must be a
/// zip, hold at most ``XLSXReadLimits/maxEntries`` entries, no entry path may climb out of
/// the package (`..`, absolute, drive letters, backslashes), and no path may appear twice.
/// ZIPFoundation lists the entries and inflates; each entry is read from exactly its own
/// byte range (``XLSXZipLocator``). Parts are never written to disk, only unpacked into the
/// parser.
final class XLSXPackageReader {
    /// The workbook as messages name it.
    let displayPath: String
    let limits: XLSXReadLimits
    /// Every entry, by its path in the zip, with where its local header is.
    private let entries: [String: (entry: Entry, localHeader: Int64)]
    /// The size of each read and unpack step; tests shrink it to cut tokens at every byte.
    private let chunkSize: Int
    /// The open zip; its descriptor is closed with the reader.
    private let locator: XLSXZipLocator

    /// Opens `path` as a zip and checks its directory.
    ///
    /// - Throws: ``XLSXReadError`` — `unreadable` when the file cannot be opened or read,
    ///   `malformed` when it is not a zip or its directory breaks a limit.
    init(path: String, displayPath: String, limits: XLSXReadLimits, chunkSize: Int) throws(XLSXReadError) {
        self.displayPath = displayPath
        self.limits = limits
        self.chunkSize = max(1, chunkSize)
        locator = try XLSXZipLocator(path: path, displayPath: displayPath)
        do throws(XLSXReadError) {
            let offsets: [Int64]
            do {
                offsets = try locator.localHeaderOffsets(
                    maxEntries: limits.maxEntries, maxDirectoryBytes: limits.maxMetadataBytes)
            } catch {
                throw XLSXReadError(.malformed, file: displayPath, error.message)
            }
            let archive: Archive
            do {
                archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            } catch {
                throw XLSXReadError(
                    .malformed, file: displayPath, "not an .xlsx workbook: the zip archive is unreadable")
            }
            var entries: [String: (entry: Entry, localHeader: Int64)] = [:]
            for (index, entry) in archive.enumerated() {
                guard index < offsets.count else { break }
                let name = entry.path
                if let problem = Self.unsafePathProblem(name) {
                    throw XLSXReadError(.malformed, file: displayPath, "zip entry '\(name)' \(problem); refused")
                }
                guard entries.updateValue((entry, offsets[index]), forKey: name) == nil else {
                    throw XLSXReadError(.malformed, file: displayPath, "zip entry '\(name)' appears twice; refused")
                }
            }
            self.entries = entries
        } catch {
            close(locator.descriptor)
            throw error
        }
    }

    deinit {
        close(locator.descriptor)
    }

    /// Whether the package holds a part at `name` (a path inside the zip, no leading `/`).
    func contains(_ name: String) -> Bool {
        entries[name] != nil
    }

    /// Unpacks part `name` through an XML parser into `handler`.
    ///
    /// - Parameters:
    ///   - name: The part's path inside the zip.
    ///   - limit: The most bytes the part may unpack to.
    ///   - handler: Receives the part's XML events.
    /// - Throws: ``XLSXReadError`` for a missing, oversized, corrupt or ill-formed part;
    ///   whatever `handler` throws, unchanged.
    func parse<Handler: XMLEventHandler>(_ name: String, limit: Int64, into handler: inout Handler) throws {
        var parser = XMLPushParser(limits: limits)
        do {
            try unpack(name, limit: limit) { chunk in try parser.parse(chunk, into: &handler) }
            try parser.finish(into: &handler)
        } catch let error as XMLSyntaxError {
            throw XLSXReadError(.malformed, file: displayPath, "\(name) is not well-formed XML: \(error)")
        }
    }

    /// Unpacks part `name`, handing its bytes to `consumer` chunk by chunk.
    ///
    /// The declared sizes are judged before unpacking (``checkDeclaredSize(_:of:limit:)``);
    /// the bytes produced are counted as they come and unpacking stops the moment they pass
    /// the declared size, which therefore bounds them too. A part must match its CRC.
    func unpack(_ name: String, limit: Int64, _ consumer: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let (entry, localHeader) = entries[name] else {
            throw XLSXReadError(.malformed, file: displayPath, "the workbook has no part \(name)")
        }
        guard entry.type == .file else {
            throw XLSXReadError(.malformed, file: displayPath, "zip entry '\(name)' is not a regular file")
        }
        let declared = Int64(clamping: entry.uncompressedSize)
        try checkDeclaredSize(name, of: entry, limit: limit)
        let (range, isDeflated): (Range<Int64>, Bool)
        do {
            (range, isDeflated) = try locator.data(
                localHeaderAt: localHeader, packedSize: Int64(clamping: entry.compressedSize))
        } catch {
            throw XLSXReadError(.malformed, file: displayPath, "zip entry '\(name)': \(error.message)")
        }
        var produced: Int64 = 0
        var checksum: CRC32 = 0
        // Counts what comes out and stops at the declared size, before the parser sees it.
        func counted(_ data: Data) throws {
            produced += Int64(data.count)
            guard produced <= declared else {
                throw XLSXReadError(
                    .malformed, file: displayPath, "zip entry '\(name)' unpacks to more than its declared size")
            }
            if !isDeflated { checksum = data.crc32(checksum: checksum) }
            try data.withUnsafeBytes { try consumer($0) }
        }
        do {
            if isDeflated {
                checksum = try Data.decompress(
                    size: Int64(range.count), bufferSize: chunkSize, skipCRC32: false,
                    provider: { position, size in try self.packedChunk(of: name, in: range, at: position, size: size) },
                    consumer: counted)
            } else {
                var position: Int64 = 0
                while position < range.count {
                    let chunk = try packedChunk(of: name, in: range, at: position, size: chunkSize)
                    position += Int64(chunk.count)
                    try counted(chunk)
                }
            }
        } catch where Self.isFromZIPFoundation(error) {
            // Inflate failures; errors of our own and of `consumer` pass through unchanged.
            throw XLSXReadError(.malformed, file: displayPath, "zip entry '\(name)' is corrupt (\(error))")
        }
        guard produced == declared, checksum == entry.checksum else {
            throw XLSXReadError(.malformed, file: displayPath, "zip entry '\(name)' is corrupt (size or CRC mismatch)")
        }
    }

    /// Up to `size` packed bytes of an entry from `position` within its range. Asking for
    /// bytes past the range is an error: that is what stops a deflate stream with no end.
    ///
    /// The buffer always has room for `size` bytes, because ZIPFoundation's inflate loop
    /// offers zlib a full `size` of input whatever the chunk's count.
    private func packedChunk(of name: String, in range: Range<Int64>, at position: Int64, size: Int) throws -> Data {
        let wanted = Int(min(Int64(size), Int64(range.count) - position))
        guard wanted > 0 else {
            throw XLSXReadError(.malformed, file: displayPath, "zip entry '\(name)' is corrupt (its data does not end)")
        }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(size, wanted), alignment: 16)
        buffer.initializeMemory(as: UInt8.self, repeating: 0, count: max(size, wanted))
        let got = pread(locator.descriptor, buffer, wanted, off_t(range.lowerBound + position))
        guard got == wanted else {
            buffer.deallocate()
            throw XLSXReadError(.unreadable, file: displayPath, "reading zip entry '\(name)' failed")
        }
        return Data(bytesNoCopy: buffer, count: wanted, deallocator: .custom { pointer, _ in pointer.deallocate() })
    }

    /// Refuses a part whose declared size passes `limit`, or whose declared ratio of
    /// unpacked to packed bytes passes the ratio limit once past the grace size.
    private func checkDeclaredSize(_ name: String, of entry: Entry, limit: Int64) throws(XLSXReadError) {
        let unpacked = Int64(clamping: entry.uncompressedSize)
        let packed = max(1, Int64(clamping: entry.compressedSize))
        if unpacked > limit {
            throw XLSXReadError(
                .malformed, file: displayPath,
                "zip entry '\(name)' unpacks to more than \(Self.bytes(limit)) (the limit for this part); refused")
        }
        if unpacked > limits.ratioGraceBytes, unpacked / packed > limits.maxCompressionRatio {
            throw XLSXReadError(
                .malformed, file: displayPath,
                "zip entry '\(name)' unpacks to over \(limits.maxCompressionRatio) times its packed size "
                    + "(a zip bomb?); refused")
        }
    }

    /// Why an entry path is unsafe, or nil: a package part name is relative and stays inside.
    static func unsafePathProblem(_ name: String) -> String? {
        if name.hasPrefix("/") { return "has an absolute path" }
        if name.contains("\\") { return "has a backslash in its path" }
        if name.utf8.contains(0) { return "has a NUL byte in its path" }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains("..") { return "climbs out of the package with '..'" }
        if let first = components.first, first.count >= 2, first.dropFirst().first == ":" {
            return "has a drive-letter path"
        }
        return nil
    }

    /// Whether `error` is one of ZIPFoundation's (its unpacking errors are not all public).
    private static func isFromZIPFoundation(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ZIPFoundation.")
    }

    /// `1 GiB`, `256 MiB`, `512 KiB`: a limit as a person reads it.
    static func bytes(_ count: Int64) -> String {
        for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] where count >= Int64(1) << shift {
            let value = Double(count) / Double(Int64(1) << shift)
            return value == value.rounded() ? "\(Int64(value)) \(unit)" : "\(value) \(unit)"
        }
        return "\(count) bytes"
    }
}
