/// Invents product identities for a district: its specialties first, then kind + place names
/// (unique in the province), with a cooperative, a company or a household as producer.
struct ProductNamer {
    private var pendingSpecialties = HoaBinhProducts.specialties
    private var usedNames: Set<String> = []

    /// Share of generated products whose commune is left empty.
    private let communeMissingChance = 0.1

    /// A new identity for a product of `district`.
    mutating func next(for district: District, random: inout SplitMix64) -> ProductIdentity {
        if let specialty = pendingSpecialties[district.code]?.first {
            pendingSpecialties[district.code]?.removeFirst()
            usedNames.insert(specialty.name)
            return specialty
        }
        let communes = HoaBinhProducts.communes[district.code] ?? []
        while true {
            let kind = Self.pickKind(&random)
            let commune = random.pick(communes)
            let place = Self.shortName(random.chance(0.25) ? district.name : commune)
            let name = "\(kind.name) \(place)"
            guard usedNames.insert(name).inserted else { continue }
            return ProductIdentity(
                name: name,
                producer: Self.producer(of: kind, at: Self.shortName(commune), random: &random),
                commune: random.chance(communeMissingChance) ? nil : commune,
                category: kind.category
            )
        }
    }

    private static func pickKind(_ random: inout SplitMix64) -> ProductKind {
        let total = HoaBinhProducts.kinds.map(\.weight).reduce(0, +)
        var draw = random.double(in: 0...total)
        for group in HoaBinhProducts.kinds {
            if draw < group.weight { return random.pick(group.kinds) }
            draw -= group.weight
        }
        return random.pick(HoaBinhProducts.kinds[0].kinds)
    }

    private static func producer(of kind: ProductKind, at place: String, random: inout SplitMix64) -> String {
        let draw = random.unit()
        if draw < 0.45 {
            return "HTX \(kind.trade) \(place)"
        }
        if draw < 0.70 {
            let form = random.chance(0.7) ? "TNHH" : "CP"
            return "Công ty \(form) \(random.pick(HoaBinhProducts.brands))"
        }
        let names = random.pick(HoaBinhProducts.givenNames)
        let person = [random.pick(HoaBinhProducts.surnames), random.pick(names.middle), random.pick(names.given)]
        return "Hộ kinh doanh \(person.joined(separator: " "))"
    }

    /// A place name without its administrative prefix: "Xã Cư Yên" → "Cư Yên".
    private static func shortName(_ place: String) -> String {
        for prefix in ["Thành phố ", "Thị trấn ", "Phường ", "Xã "] where place.hasPrefix(prefix) {
            return String(place.dropFirst(prefix.count))
        }
        return place
    }
}
