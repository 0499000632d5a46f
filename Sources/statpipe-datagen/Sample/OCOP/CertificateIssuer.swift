import StatpipeCore

/// A certificate before its star rating is decided (ratings depend on which products are in force).
struct IssuedCertificate {
    let productID: String
    let identity: ProductIdentity
    let districtCode: String
    let certifiedOn: CivilDate
    /// The product id of the expired certificate this one renews, if any.
    let renews: String?

    /// The first day the certificate is no longer in force (default expiry, SPEC §3).
    var expiresOn: CivilDate {
        certifiedOn.addingMonths(OcopCertificate.validityMonths)
    }
}

/// Issues a schedule's certificates: decision dates, product ids, identities, and renewals.
///
/// Each year the district slots are shuffled over the year's decisions. When a district receives a
/// certificate and one of its certificates has expired un-renewed, the new one is, by chance, that
/// product's renewal: same identity, new product id (`OCOP-154-2023-02`).
struct CertificateIssuer {
    let districts: [District]
    let schedule: CertificationSchedule
    let renewalChance: Double

    /// Every certificate, in order of date, then district code.
    func issue(random: SplitMix64) -> [IssuedCertificate] {
        var slotRandom = random.derived("ocop-decisions")
        var identityRandom = random.derived("ocop-identities")
        var namer = ProductNamer()
        var issued: [IssuedCertificate] = []
        var renewed: Set<String> = []

        for year in schedule.years {
            var sequence: [String: Int] = [:]
            for (date, district) in slots(of: year, random: &slotRandom) {
                sequence[district.code, default: 0] += 1
                let productID = "OCOP-\(district.code)-\(year)-\(sequence[district.code, default: 0].zeroPadded(2))"
                let expired = issued.filter {
                    $0.districtCode == district.code && $0.expiresOn <= date && !renewed.contains($0.productID)
                }
                let renewal = expired.first.flatMap { identityRandom.chance(renewalChance) ? $0 : nil }
                if let renewal { renewed.insert(renewal.productID) }
                issued.append(IssuedCertificate(
                    productID: productID,
                    identity: renewal?.identity ?? namer.next(for: district, random: &identityRandom),
                    districtCode: district.code,
                    certifiedOn: date,
                    renews: renewal?.productID
                ))
            }
        }
        return issued
    }

    /// The year's certificates as (decision date, district), in date then district order.
    private func slots(of year: Int, random: inout SplitMix64) -> [(CivilDate, District)] {
        let byDistrict = districts.flatMap { district in
            Array(repeating: district, count: schedule.certificates[year]?[district.code] ?? 0)
        }
        var shuffled = random.shuffled(byDistrict)[...]
        var slots: [(CivilDate, District)] = []
        for decision in schedule.decisions[year] ?? [] {
            let batch = shuffled.prefix(decision.certificates).sorted { $0.code < $1.code }
            shuffled = shuffled.dropFirst(decision.certificates)
            slots += batch.map { (decision.date, $0) }
        }
        return slots
    }
}
