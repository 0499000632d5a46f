#if canImport(Glibc)
import Glibc
#endif

/// Finds where each zip entry's packed bytes lie in the file, which ZIPFoundation knows
/// but does not make public.
///
/// ZIPFoundation lists the entries (names, sizes, CRCs); the reader then unpacks each one
/// from exactly its own byte range (``XLSXPackageReader``). Reading only that range is what
/// ends a deflate stream that never terminates: ZIPFoundation's own extraction keeps
/// asking the file for bytes past the entry and, at the end of the file, retries forever.
///
/// Only the fields needed are read: the end record (plus its ZIP64 form) for where the
/// central directory is, each directory record's local-header offset, and each local
/// header's name and extra-field lengths.
struct XLSXZipLocator {
    /// The zip's file descriptor (the caller closes it) and its size.
    let descriptor: Int32
    let fileSize: Int64

    /// Opens `path` and refuses what is not a zip before ZIPFoundation looks at it: its
    /// search for the end record walks back through the whole file, which a large non-zip
    /// makes slow.
    ///
    /// - Throws: ``XLSXReadError`` — `unreadable` for a missing or unreadable file or a
    ///   directory, `malformed` for an empty file, an old `.xls` or anything not a zip.
    init(path: String, displayPath: String) throws(XLSXReadError) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw XLSXReadError(.unreadable, file: displayPath, String(cString: strerror(errno)))
        }
        var head = [UInt8](repeating: 0, count: 4)
        // A directory fails here with EISDIR, so no stat is needed.
        let headCount = Glibc.read(descriptor, &head, head.count)
        let size = lseek(descriptor, 0, SEEK_END)
        var problem: XLSXReadError?
        if headCount < 0 || size < 0 {
            problem = XLSXReadError(.unreadable, file: displayPath, String(cString: strerror(errno)))
        } else if size == 0 {
            problem = XLSXReadError(.malformed, file: displayPath, "empty file: not an .xlsx workbook")
        } else if head == [0xD0, 0xCF, 0x11, 0xE0] {
            problem = XLSXReadError(
                .malformed, file: displayPath,
                "not an .xlsx workbook: an old .xls or a password-protected workbook; "
                    + "save it as .xlsx without a password")
        } else if head != [0x50, 0x4B, 0x03, 0x04], head != [0x50, 0x4B, 0x05, 0x06] {
            problem = XLSXReadError(.malformed, file: displayPath, "not an .xlsx workbook (not a zip archive)")
        }
        if let problem {
            close(descriptor)
            throw problem
        }
        fileSize = Int64(size)
    }

    /// Why the zip's structure cannot be followed.
    struct Failure: Error {
        let message: String
    }

    /// The local-header offset of every central-directory record, in directory order (the
    /// order ZIPFoundation lists entries in). The directory is read whole, so its size is
    /// bounded by `maxDirectoryBytes` as well as its record count by `maxEntries`.
    func localHeaderOffsets(maxEntries: Int, maxDirectoryBytes: Int64) throws(Failure) -> [Int64] {
        let (directoryOffset, directorySize, count) = try centralDirectory()
        guard count <= Int64(maxEntries) else {
            throw Failure(message: "the zip holds more than \(maxEntries) entries; refused")
        }
        guard directorySize <= maxDirectoryBytes else {
            throw Failure(message: "the zip's central directory is larger than \(maxDirectoryBytes) bytes; refused")
        }
        guard directoryOffset + directorySize <= fileSize else {
            throw Failure(message: "the zip's central directory is damaged")
        }
        let directory = try read(at: directoryOffset, count: Int(directorySize))
        var offsets: [Int64] = []
        var position = 0
        while offsets.count < Int(count) {
            guard position + 46 <= directory.count, uint32(directory, position) == 0x0201_4B50 else {
                throw Failure(message: "the zip's central directory is damaged")
            }
            let nameLength = Int(uint16(directory, position + 28))
            let extraLength = Int(uint16(directory, position + 30))
            let commentLength = Int(uint16(directory, position + 32))
            var offset = Int64(uint32(directory, position + 42))
            let extraStart = position + 46 + nameLength
            guard extraStart + extraLength + commentLength <= directory.count else {
                throw Failure(message: "the zip's central directory is damaged")
            }
            if offset == 0xFFFF_FFFF {
                offset = try zip64Offset(directory, record: position, extra: extraStart..<(extraStart + extraLength))
            }
            offsets.append(offset)
            position = extraStart + extraLength + commentLength
        }
        return offsets
    }

    /// The byte range of the packed data of the entry whose local header is at `offset`,
    /// and whether it is deflated (method 8) rather than stored (method 0).
    ///
    /// - Throws: ``Failure`` for a missing header, data past the end of the file, or any
    ///   other compression method (bzip2, deflate64…, which spreadsheet programs never use).
    func data(localHeaderAt offset: Int64, packedSize: Int64) throws(Failure) -> (range: Range<Int64>, isDeflated: Bool)
    {
        let header = try read(at: offset, count: 30)
        guard uint32(header, 0) == 0x0403_4B50 else { throw Failure(message: "a zip entry's local header is missing") }
        let method = uint16(header, 8)
        guard method == 0 || method == 8 else {
            throw Failure(message: "uses compression method \(method); only stored and deflate are read")
        }
        let start = offset + 30 + Int64(uint16(header, 26)) + Int64(uint16(header, 28))
        guard packedSize >= 0, start + packedSize <= fileSize else {
            throw Failure(message: "a zip entry runs past the end of the file")
        }
        return (start..<(start + packedSize), method == 8)
    }

    /// Reads exactly `count` bytes at `offset`.
    func read(at offset: Int64, count: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return pread(descriptor, base + done, count - done, off_t(offset) + off_t(done))
            }
            guard got > 0 else { throw Failure(message: "the zip ends early") }
            done += got
        }
        return bytes
    }

    // MARK: - End records

    /// The central directory's offset, size and record count.
    private func centralDirectory() throws(Failure) -> (Int64, Int64, Int64) {
        // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
        let tailLength = Int(min(fileSize, 22 + 65_535))
        let tailStart = fileSize - Int64(tailLength)
        let tail = try read(at: tailStart, count: tailLength)
        guard tail.count >= 22,
            let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: { uint32(tail, $0) == 0x0605_4B50 }
            )
        else {
            throw Failure(message: "not an .xlsx workbook: the zip archive is truncated")
        }
        var count = Int64(uint16(tail, end + 10))
        var size = Int64(uint32(tail, end + 12))
        var offset = Int64(uint32(tail, end + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the end record points at the ZIP64 end record.
            let locatorStart = tailStart + Int64(end) - 20
            guard locatorStart >= 0 else { throw Failure(message: "the zip's ZIP64 end record is missing") }
            let locator = try read(at: locatorStart, count: 20)
            guard uint32(locator, 0) == 0x0706_4B50 else {
                throw Failure(message: "the zip's ZIP64 end record is missing")
            }
            let record = try read(at: Int64(clamping: uint64(locator, 8)), count: 56)
            guard uint32(record, 0) == 0x0606_4B50 else {
                throw Failure(message: "the zip's ZIP64 end record is missing")
            }
            count = Int64(clamping: uint64(record, 32))
            size = Int64(clamping: uint64(record, 40))
            offset = Int64(clamping: uint64(record, 48))
        }
        return (offset, size, count)
    }

    /// The local-header offset stored in a record's ZIP64 extra field (which holds, in
    /// order, the sizes marked 0xFFFFFFFF in the record, then the offset).
    private func zip64Offset(_ directory: [UInt8], record: Int, extra: Range<Int>) throws(Failure) -> Int64 {
        var position = extra.lowerBound
        while position + 4 <= extra.upperBound {
            let id = uint16(directory, position)
            let length = Int(uint16(directory, position + 2))
            if id == 0x0001 {
                var field = position + 4
                if uint32(directory, record + 24) == 0xFFFF_FFFF { field += 8 }
                if uint32(directory, record + 20) == 0xFFFF_FFFF { field += 8 }
                guard field + 8 <= position + 4 + length, field + 8 <= extra.upperBound else { break }
                return Int64(clamping: uint64(directory, field))
            }
            position += 4 + length
        }
        throw Failure(message: "the zip's central directory is damaged")
    }

    // MARK: - Little-endian fields

    private func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }

    private func uint64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
        UInt64(uint32(bytes, at)) | UInt64(uint32(bytes, at + 4)) << 32
    }
}
