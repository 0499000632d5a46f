/// The `unit_id` cells of one district in the benchmark corpus: unique names of reporting units,
/// as CSV fields ready to write (quoted when needed, followed by the delimiter).
///
/// Unit `i` is a mixed-radix reading of `i` over (prefix, commune, hamlet number), so every unit
/// of a district has its own name without keeping a set of names. Most names are addresses with
/// commas (`"HTX mật ong, xóm 3, Xã Cư Yên, huyện Lương Sơn"`, quoted); some are compact without
/// one; company brands carry quotes (`Công ty CP "Sông Đà"`, doubled in CSV); about one unit in a
/// thousand has a line break typed with Alt+Enter, so its rows are multi-line records.
struct UnitNamer {
    /// The name's shape, drawn once per unit.
    private enum Shape {
        /// `prefix, kind n, commune, district`
        case address
        /// `prefix, kind n,` line break `commune, district`
        case multiLine
        /// `prefix - kind n commune-short`
        case compact
    }

    private let districtIndex: Int
    private let seed: UInt64
    private let communes: [[UInt8]]
    private let communeShortNames: [[UInt8]]
    private let districtLabel: [UInt8]

    /// Names such as `HTX mật ong` or `Hộ kinh doanh Bùi Văn Khánh`, CSV-escaped, none with a comma.
    private static let prefixes: [(bytes: [UInt8], hasQuote: Bool)] = {
        var trades: [String] = []
        for group in HoaBinhProducts.kinds {
            for kind in group.kinds where !trades.contains(kind.trade) { trades.append(kind.trade) }
        }
        var names = trades.map { "HTX \($0)" } + trades.map { "Tổ hợp tác \($0)" }
        names += HoaBinhProducts.brands.map { "Công ty TNHH \($0)" }
        names += HoaBinhProducts.brands.map { "Công ty CP \"\($0)\"" }
        // One man's and one woman's name per surname: distinct because the surnames are.
        for (offset, surname) in HoaBinhProducts.surnames.enumerated() {
            for group in HoaBinhProducts.givenNames {
                let middle = group.middle[offset % group.middle.count]
                let given = group.given[offset % group.given.count]
                names.append("Hộ kinh doanh \(surname) \(middle) \(given)")
            }
        }
        return names.map { name in
            precondition(!name.contains(","), "a unit prefix must not hold the delimiter")
            return (Array(name.replacingAll("\"", with: "\"\"").nfc.utf8), name.contains("\""))
        }
    }()

    /// The words before a hamlet's number.
    private static let hamletKinds = ["xóm ", "thôn ", "bản ", "tổ "].map { Array($0.nfc.utf8) }
    private static let commaSpace = Array(", ".utf8)
    private static let commaLineBreak = Array(",\n".utf8)
    private static let dash = Array(" - ".utf8)
    private static let quote = UInt8(ascii: "\"")

    /// The namer of `district`, the `districtIndex`-th of the corpus; `seed` decides each unit's shape.
    init(district: District, districtIndex: Int, seed: UInt64) {
        self.districtIndex = districtIndex
        self.seed = seed
        let communes = HoaBinhProducts.communes[district.code] ?? [district.name]
        self.communes = communes.map { Array($0.nfc.utf8) }
        communeShortNames = communes.map { commune in
            let short = ["Thị trấn ", "Phường ", "Xã "].first { commune.hasPrefix($0) }
                .map { String(commune.dropFirst($0.count)) } ?? commune
            return Array(short.nfc.utf8)
        }
        let label = district.name.hasPrefix("Thành phố ") ? district.name : "huyện \(district.name)"
        districtLabel = Array(label.nfc.utf8)
    }

    /// Replaces `field` with the CSV field of unit `index` and its trailing `,`.
    func field(of index: Int, into field: inout [UInt8]) {
        let prefixCount = Self.prefixes.count
        let prefix = Self.prefixes[index % prefixCount]
        let commune = (index / prefixCount) % communes.count
        let number = index / (prefixCount * communes.count) + 1
        let kind = Self.hamletKinds[(index + number) % Self.hamletKinds.count]
        let shape = shape(of: index)
        let quoted = shape != .compact || prefix.hasQuote

        field.removeAll(keepingCapacity: true)
        if quoted { field.append(Self.quote) }
        field += prefix.bytes
        switch shape {
        case .address, .multiLine:
            field += Self.commaSpace
            field += kind
            Self.appendDigits(of: number, to: &field)
            field += shape == .multiLine ? Self.commaLineBreak : Self.commaSpace
            field += communes[commune]
            field += Self.commaSpace
            field += districtLabel
        case .compact:
            field += Self.dash
            field += kind
            Self.appendDigits(of: number, to: &field)
            field.append(UInt8(ascii: " "))
            field += communeShortNames[commune]
        }
        if quoted { field.append(Self.quote) }
        field.append(UInt8(ascii: ","))
    }

    /// One unit in eight is compact; about one in a thousand of the others is multi-line.
    private func shape(of index: Int) -> Shape {
        var mixer = SplitMix64(seed: seed ^ UInt64(districtIndex) << 40 ^ UInt64(index))
        let draw = mixer.next()
        if draw % 8 == 0 { return .compact }
        return (draw >> 8) % 1000 == 0 ? .multiLine : .address
    }

    /// Appends the decimal digits of `value` (≥ 0).
    private static func appendDigits(of value: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        var rest = value
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }
}
