/// One of the six OCOP product groups (Decision 148/QĐ-TTg, 2023), in the enum order of SPEC §3.
enum OcopCategory: String, CaseIterable, Hashable {
    case food
    case beverage
    case herbal
    case handicraft
    case ornamental
    case tourism
}
