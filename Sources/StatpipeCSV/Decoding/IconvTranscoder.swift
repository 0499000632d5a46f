#if canImport(Glibc)
import Glibc
#endif

/// Streams bytes of one encoding to UTF-8 through glibc iconv, across chunk boundaries.
///
/// A multi-byte sequence cut by a chunk boundary is kept and completed by the next chunk.
/// glibc's CP1258 holds back a base letter until it knows whether a combining tone mark
/// follows, so `finish` must be called to flush the last character.
final class IconvTranscoder {
    /// Bytes that iconv refused: the offset of the first one in the whole input.
    struct InvalidSequence: Error {
        let inputOffset: Int
    }

    private let converter: iconv_t
    /// Input bytes of an incomplete sequence, waiting for the next chunk (not yet consumed).
    private var carry: [UInt8] = []
    /// Input bytes consumed so far.
    private var consumedBefore = 0

    /// Opens a converter from `iconvName` (e.g. `CP1258`, `UTF-16LE`) to UTF-8.
    init?(from iconvName: String) {
        guard let converter = iconv_open("UTF-8", iconvName), converter != iconv_t(bitPattern: -1) else { return nil }
        self.converter = converter
    }

    deinit { iconv_close(converter) }

    /// Converts `input`, appending UTF-8 to `output`.
    ///
    /// - Throws: ``InvalidSequence`` at the first byte the source encoding does not define.
    func transcode(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) throws {
        if carry.isEmpty {
            try convert(input, into: &output)
        } else {
            carry.append(contentsOf: input)
            let pending = carry
            carry.removeAll()
            try pending.withUnsafeBytes { bytes in try convert(bytes, into: &output) }
        }
    }

    /// Flushes the converter's held-back character; an incomplete sequence at the end is invalid.
    func finish(into output: inout [UInt8]) throws {
        guard carry.isEmpty else { throw InvalidSequence(inputOffset: consumedBefore) }
        var scratch = [UInt8](repeating: 0, count: 64)
        let produced = scratch.withUnsafeMutableBytes { buffer -> Int in
            var outPointer = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            var outLeft = buffer.count
            _ = iconv(converter, nil, nil, &outPointer, &outLeft)
            return buffer.count - outLeft
        }
        output.append(contentsOf: scratch[0..<produced])
    }

    private func convert(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) throws {
        guard let base = input.baseAddress else { return }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
        var inLeft = input.count
        var scratch = [UInt8](repeating: 0, count: max(256, input.count * 4))
        while inLeft > 0 {
            var failure: Int32 = 0
            let produced = scratch.withUnsafeMutableBytes { buffer -> Int in
                var outPointer = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = buffer.count
                if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) == -1 { failure = errno }
                return buffer.count - outLeft
            }
            output.append(contentsOf: scratch[0..<produced])
            switch failure {
            case 0, E2BIG: continue
            case EINVAL:
                // An incomplete sequence at the end of this chunk: keep it for the next one.
                carry = Array(UnsafeRawBufferPointer(rebasing: input[(input.count - inLeft)...]))
                consumedBefore += input.count - inLeft
                return
            default:
                throw InvalidSequence(inputOffset: consumedBefore + input.count - inLeft)
            }
        }
        consumedBefore += input.count
    }
}
