/// Reads the printed figures of output tables as XLSX numeric values.
enum XLSXNumber {
    /// The decimals a numeric cell should show for `text` (`12.760` → 3, `158` → 0, `1e5` → 0,
    /// that is General), or nil when `text` is not a plain decimal number a spreadsheet reads
    /// the same way (`NaN`, `1,5`, `.5`, empty).
    static func decimals(_ text: String) -> Int? {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let integer = bytes.prefix { isDigit($0) }
        guard !integer.isEmpty else { return nil }
        bytes = bytes.dropFirst(integer.count)
        var decimals = 0
        if bytes.first == UInt8(ascii: ".") {
            let fraction = bytes.dropFirst().prefix { isDigit($0) }
            guard !fraction.isEmpty else { return nil }
            decimals = fraction.count
            bytes = bytes.dropFirst(fraction.count + 1)
        }
        guard let marker = bytes.first else { return decimals }
        guard marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") else { return nil }
        bytes = bytes.dropFirst()
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty, bytes.allSatisfy(isDigit) else { return nil }
        return 0
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
