/// What a certificate certifies: a product of a producer. A renewal carries the same identity.
struct ProductIdentity: Hashable {
    let name: String
    let producer: String
    /// nil when the district left the commune empty.
    let commune: String?
    let category: OcopCategory
}

/// A kind of product the vocabulary names products after, with the trade of the cooperatives that make it.
struct ProductKind {
    let name: String
    let category: OcopCategory
    /// Completes "HTX …" (cooperative), e.g. "mật ong" → "HTX mật ong Cư Yên".
    let trade: String

    init(_ name: String, _ category: OcopCategory, trade: String) {
        self.name = name
        self.category = category
        self.trade = trade
    }
}
