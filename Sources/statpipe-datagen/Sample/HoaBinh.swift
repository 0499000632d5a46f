/// Hoa Binh province (GSO code 17): the reference list the sample data is written for.
enum HoaBinh {
    static let provinceCode = "17"
    static let provinceName = "Hòa Bình"

    /// The ten units of the reference list, by GSO code.
    static let districts: [District] = [
        District(code: "148", name: "Thành phố Hòa Bình", slug: "hoa-binh"),
        District(code: "150", name: "Đà Bắc", slug: "da-bac"),
        District(code: "152", name: "Lương Sơn", slug: "luong-son"),
        District(code: "153", name: "Kim Bôi", slug: "kim-boi"),
        District(code: "154", name: "Cao Phong", slug: "cao-phong"),
        District(code: "155", name: "Tân Lạc", slug: "tan-lac"),
        District(code: "156", name: "Mai Châu", slug: "mai-chau"),
        District(code: "157", name: "Lạc Sơn", slug: "lac-son"),
        District(code: "158", name: "Yên Thủy", slug: "yen-thuy"),
        District(code: "159", name: "Lạc Thủy", slug: "lac-thuy"),
    ]

    /// Kỳ Sơn's old code: merged into Hòa Bình city in 2019/2020, no longer a unit of the list.
    static let mergedKySonCode = "151"

    /// The district with `code`; traps on a code outside the list (a bug in the generator's tables).
    static func district(_ code: String) -> District {
        guard let district = districts.first(where: { $0.code == code }) else {
            preconditionFailure("no district \(code)")
        }
        return district
    }
}
