import Glibc

/// Converts bytes between character sets with glibc's iconv (used for windows-1258, "CP1258").
enum Iconv {
    /// A conversion that could not be done.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The bytes of `input`, read as `source`, written as `target`; throws on bytes that do not convert.
    static func convert(_ input: [UInt8], from source: String, to target: String) throws -> [UInt8] {
        let converter = iconv_open(target, source)
        guard converter != iconv_t(bitPattern: -1) else {
            throw Failure(description: "iconv cannot convert \(source) to \(target)")
        }
        defer { iconv_close(converter) }

        var inputBytes = input.map { CChar(bitPattern: $0) }
        // Windows-1258 and UTF-8 expand at most 4× either way (one byte ↔ up to two scalars of 3 bytes).
        var outputBytes = [CChar](repeating: 0, count: input.count * 4 + 16)
        var inputLeft = inputBytes.count
        var outputLeft = outputBytes.count
        let status = inputBytes.withUnsafeMutableBufferPointer { inputBuffer in
            outputBytes.withUnsafeMutableBufferPointer { outputBuffer in
                var inputCursor = inputBuffer.baseAddress
                var outputCursor = outputBuffer.baseAddress
                guard iconv(converter, &inputCursor, &inputLeft, &outputCursor, &outputLeft) != -1 else { return errno }
                // Flush: a stateful converter (CP1258 composes tone marks) may hold back its last character.
                return iconv(converter, nil, nil, &outputCursor, &outputLeft) == -1 ? errno : 0
            }
        }
        guard status == 0, inputLeft == 0 else {
            let offset = input.count - inputLeft
            throw Failure(description: "iconv \(source) → \(target) failed at byte \(offset) (errno \(status))")
        }
        return outputBytes[..<(outputBytes.count - outputLeft)].map { UInt8(bitPattern: $0) }
    }
}
