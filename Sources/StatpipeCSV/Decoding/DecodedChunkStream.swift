/// Reads a file in fixed-size chunks and hands each one out as UTF-8.
///
/// UTF-8 input is passed through without copying (its BOM skipped); UTF-16 and the
/// Windows code pages are transcoded chunk by chunk, so memory stays bounded by the
/// chunk size whatever the file size.
final class DecodedChunkStream {
    /// What `next` delivered.
    enum Step {
        /// A chunk was handed to the body.
        case delivered
        /// The bytes before an undefined sequence were handed over; the rest is unreadable.
        case invalidSequence
        /// The file is exhausted (after the transcoder's last flush).
        case end
    }

    private let reader: FileByteReader
    private let buffer: UnsafeMutableRawBufferPointer
    private let transcoder: IconvTranscoder?
    private var decoded: [UInt8] = []
    private var bytesToSkip: Int
    private var isFinished = false

    /// Prepares to read `reader` from where it stands, as `sniffed` says; the byte order
    /// mark is skipped only when reading from the start of the file.
    init(reader: FileByteReader, sniffed: SniffedEncoding, chunkSize: Int, atFileStart: Bool = true) {
        self.reader = reader
        buffer = .allocate(byteCount: max(1, chunkSize), alignment: 8)
        bytesToSkip = atFileStart ? sniffed.byteOrderMarkLength : 0
        // glibc always ships these converters; a missing one is a broken installation.
        transcoder = sniffed.encoding.iconvName.map { name in
            guard let transcoder = IconvTranscoder(from: name) else { preconditionFailure("iconv lacks \(name)") }
            return transcoder
        }
    }

    deinit { buffer.deallocate() }

    /// Reads the next chunk and calls `body` with its UTF-8 bytes (possibly empty).
    func next(_ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Step {
        guard !isFinished else { return .end }
        let count = try reader.read(into: buffer)
        var raw = UnsafeRawBufferPointer(rebasing: buffer[0..<count])
        if bytesToSkip > 0 {
            let skipped = min(bytesToSkip, raw.count)
            raw = UnsafeRawBufferPointer(rebasing: raw[skipped...])
            bytesToSkip -= skipped
        }
        guard let transcoder else {
            if count == 0 {
                isFinished = true
                return .end
            }
            try body(raw)
            return .delivered
        }
        decoded.removeAll(keepingCapacity: true)
        var step = Step.delivered
        do {
            if count == 0 {
                isFinished = true
                try transcoder.finish(into: &decoded)
            } else {
                try transcoder.transcode(raw, into: &decoded)
            }
        } catch {
            isFinished = true
            step = .invalidSequence
        }
        try decoded.withUnsafeBytes { try body($0) }
        return step == .delivered && count == 0 ? .end : step
    }
}
