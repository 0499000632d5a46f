/// A streaming UTF-8 validator: feed it chunks split anywhere, it keeps a partial
/// sequence across calls. It also notes whether a NUL byte was seen.
///
/// ASCII runs, the common case, are checked eight bytes at a time.
struct UTF8Validator {
    /// True once a NUL byte has been consumed.
    private(set) var sawNUL = false
    /// True when no multi-byte sequence is open (the input so far ends on a character boundary).
    var isAtBoundary: Bool { pendingContinuations == 0 }

    private var pendingContinuations = 0
    private var nextLow: UInt8 = 0x80
    private var nextHigh: UInt8 = 0xBF

    /// Consumes `bytes`.
    ///
    /// - Returns: False at the first byte that cannot be valid UTF-8; the validator should
    ///   not be fed again.
    mutating func consume(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let isContinuation = { (index: Int) in base[index] & 0xC0 == 0x80 }
        var index = 0
        let end = bytes.count
        while index < end {
            if pendingContinuations == 0 {
                if index + 8 <= end {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { sawNUL = true }
                        index += 8
                        continue
                    }
                }
                // Single ASCII bytes and the two- and three-byte letters of Vietnamese text,
                // without the byte-by-byte machine; anything rarer falls through to it.
                if index + 3 <= end {
                    switch base[index] {
                    case 0x00:
                        sawNUL = true
                        index += 1
                        continue
                    case 0x01...0x7F:
                        index += 1
                        continue
                    case 0xC2...0xDF where isContinuation(index + 1):
                        index += 2
                        continue
                    case 0xE1...0xEC where isContinuation(index + 1) && isContinuation(index + 2),
                         0xEE...0xEF where isContinuation(index + 1) && isContinuation(index + 2):
                        index += 3
                        continue
                    default:
                        break
                    }
                }
            }
            if !consume(byte: base[index]) { return false }
            index += 1
        }
        return true
    }

    private mutating func consume(byte: UInt8) -> Bool {
        if pendingContinuations > 0 {
            guard byte >= nextLow && byte <= nextHigh else { return false }
            pendingContinuations -= 1
            (nextLow, nextHigh) = (0x80, 0xBF)
            return true
        }
        switch byte {
        case 0x00: sawNUL = true
        case 0x01...0x7F: break
        case 0xC2...0xDF: pendingContinuations = 1
        case 0xE0: (pendingContinuations, nextLow) = (2, 0xA0)
        case 0xED: (pendingContinuations, nextHigh) = (2, 0x9F)
        case 0xE1...0xEF: pendingContinuations = 2
        case 0xF0: (pendingContinuations, nextLow) = (3, 0x90)
        case 0xF4: (pendingContinuations, nextHigh) = (3, 0x8F)
        case 0xF1...0xF3: pendingContinuations = 3
        default: return false
        }
        return true
    }
}
