import StatpipeCore

/// One OCOP certificate: a product certified at a star rating on a date, valid for 36 months.
struct OcopCertificate: Hashable {
    let productID: String
    let productName: String
    let producer: String
    let districtCode: String
    /// nil when the district left the commune empty.
    let commune: String?
    let category: OcopCategory
    let stars: Int
    let certifiedOn: CivilDate

    /// The certificate's validity in months when `expires_on` is empty (SPEC §3).
    static let validityMonths = 36

    /// The first day the certificate is no longer in force (certified_on + 36 months, SPEC §3).
    var expiresOn: CivilDate {
        certifiedOn.addingMonths(Self.validityMonths)
    }
}
