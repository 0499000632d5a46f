/// One accepted OCOP certificate.
public struct OcopProduct: Sendable, Equatable {
    public let id: String
    public let name: String
    public let producer: String
    public let district: String
    public let category: String
    /// Stars at certification.
    public let stars: Int
    public let certifiedOn: CivilDate
    /// The expiry (already defaulted to certified_on + 36 months by validation).
    public let expiresOn: CivilDate

    public init(id: String, name: String, producer: String, district: String, category: String, stars: Int,
                certifiedOn: CivilDate, expiresOn: CivilDate) {
        self.id = id
        self.name = name
        self.producer = producer
        self.district = district
        self.category = category
        self.stars = stars
        self.certifiedOn = certifiedOn
        self.expiresOn = expiresOn
    }
}

/// One accepted re-evaluation.
public struct OcopEvent: Sendable, Equatable {
    public let productID: String
    public let date: CivilDate
    /// `maintained`, `upgraded`, `downgraded` or `revoked`.
    public let result: String
    /// Stars after the event; nil when revoked.
    public let starsAfter: Int?

    public init(productID: String, date: CivilDate, result: String, starsAfter: Int?) {
        self.productID = productID
        self.date = date
        self.result = result
        self.starsAfter = starsAfter
    }

    /// The result that ends a certificate.
    public static let revoked = "revoked"
}

/// The accepted OCOP products and their re-evaluations, answering "what was true on date d"
/// (SPEC §5). Products are kept in product_id order so every table is deterministic.
public struct OcopRegister: Sendable {
    public private(set) var products: [OcopProduct] = []
    private var events: [String: [OcopEvent]] = [:]
    private var isSorted = true

    public init() {}

    public mutating func add(_ product: OcopProduct) {
        products.append(product)
        isSorted = false
    }

    public mutating func add(_ event: OcopEvent) {
        events[event.productID, default: []].append(event)
        isSorted = false
    }

    /// Sorts products by id and each product's events by date; call once all rows are in.
    public mutating func seal() {
        guard !isSorted else { return }
        products.sort { $0.id < $1.id }
        for key in events.keys { events[key]?.sort { $0.date < $1.date } }
        isSorted = true
    }

    /// The product's re-evaluations, oldest first.
    public func events(of product: OcopProduct) -> [OcopEvent] { events[product.id] ?? [] }

    /// In force on `date`: certified_on ≤ date < expires_on and no revocation dated ≤ date.
    public func isInForce(_ product: OcopProduct, on date: CivilDate) -> Bool {
        product.certifiedOn <= date && date < product.expiresOn
            && !events(of: product).contains { $0.result == OcopEvent.revoked && $0.date <= date }
    }

    /// Stars on `date`: stars_after of the latest re-evaluation dated ≤ date, else the certified stars.
    public func stars(of product: OcopProduct, on date: CivilDate) -> Int {
        events(of: product).last { $0.date <= date && $0.starsAfter != nil }?.starsAfter ?? product.stars
    }
}
