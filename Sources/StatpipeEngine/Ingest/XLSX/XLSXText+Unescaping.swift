extension XLSXText {
    /// `text` with the `_xHHHH_` escapes of spreadsheet strings (`ST_Xstring`) decoded: the
    /// inverse of ``element(_:)``. `_x000D_` is a carriage return, `_x005F_` an underscore.
    ///
    /// An escape naming NUL, a surrogate or a non-character stays as written, as do
    /// malformed ones.
    static func unescaped(_ text: [UInt8]) -> [UInt8] {
        let underscore = UInt8(ascii: "_")
        guard text.count >= 7, text.contains(underscore) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == underscore, index + 6 < text.count, text[index + 1] == UInt8(ascii: "x"),
                text[index + 6] == underscore,
                let value = UInt32(String(decoding: text[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
                value != 0, value != 0xFFFE, value != 0xFFFF, let scalar = Unicode.Scalar(value)
            {
                UTF8.encode(scalar) { result.append($0) }
                index += 7
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }
}
