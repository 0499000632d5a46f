import StatpipeCore

/// What happens to one certificate after it is issued: its certified stars, the quarters its
/// producer skipped, and at most one change of rating (upgrade, downgrade or revocation).
struct ProductPlan {
    var stars: Int
    var change: (quarter: Quarter, result: ReevaluationResult)?
    var skipped: Set<Quarter> = []
}

/// Decides star ratings and re-evaluation events so that the in-force figures come out as published.
///
/// The certificates valid on the as-of date get designated events only: exactly enough revocations
/// to leave the published number in force (some in the bulletin's quarter), and downgrades and
/// upgrades around a derived number of 4★ certificates so that the 4★ count is the published one.
/// Other certificates get occasional upgrades, downgrades, revocations and skipped quarters before
/// the bulletin's quarter. In that quarter a fixed number of required products are overdue.
struct ReevaluationPlanner {
    let published: PublishedFigures
    let revokedInPeriod: Int
    let downgradedInPeriod: Int
    let downgradedBefore: Int
    let upgraded: Int
    let overdueInPeriod: Int
    /// Background rates, for certificates that are not in force on the as-of date.
    let fourStarChance: Double
    /// Per quarter before the bulletin's, for every certificate.
    let skipChance: Double
    /// Per quarter before the bulletin's, for certificates not in force on the as-of date.
    let upgradeChance: Double
    let downgradeChance: Double
    let revocationChance: Double

    static let hoaBinh = ReevaluationPlanner(
        published: .hoaBinh2025Q1,
        revokedInPeriod: 2, downgradedInPeriod: 2, downgradedBefore: 2, upgraded: 8, overdueInPeriod: 14,
        fourStarChance: 0.2, skipChance: 0.06, upgradeChance: 0.04, downgradeChance: 0.06, revocationChance: 0.012
    )

    /// The quarters in which a certificate owes a re-evaluation (SPEC §5 "required"), up to the bulletin's.
    func obligations(of certificate: IssuedCertificate) -> [Quarter] {
        Quarter.sequence(from: Quarter(containing: certificate.certifiedOn).advanced(by: 1), through: published.period)
            .filter { $0.startDate < certificate.expiresOn }
    }

    /// A plan for every certificate, by product id.
    func plan(_ certificates: [IssuedCertificate], random: SplitMix64) -> [String: ProductPlan] {
        var designationRandom = random.derived("ocop-designations")
        var noiseRandom = random.derived("ocop-noise")
        let validOnAsOf = certificates.filter { $0.certifiedOn <= published.asOf && published.asOf < $0.expiresOn }
        var plans = designatedPlans(for: validOnAsOf, random: &designationRandom)
        let renewed = Set(certificates.compactMap(\.renews))
        for certificate in certificates where plans[certificate.productID] == nil {
            plans[certificate.productID] = backgroundPlan(for: certificate, renewed: renewed.contains(certificate.productID),
                                                          random: &noiseRandom)
        }
        skipQuarters(of: certificates, in: &plans, noise: &noiseRandom, designation: &designationRandom)
        return plans
    }

    private func owesInPeriod(_ certificate: IssuedCertificate) -> Bool {
        obligations(of: certificate).last == published.period
    }

    private func owesBeforePeriod(_ certificate: IssuedCertificate) -> Bool {
        (obligations(of: certificate).first ?? published.period) < published.period
    }

    /// Ratings and changes of the certificates valid on the as-of date, chosen to give the published counts.
    private func designatedPlans(for validOnAsOf: [IssuedCertificate], random: inout SplitMix64) -> [String: ProductPlan] {
        precondition((published.inForceByStars[5] ?? 0) == 0, "the planner certifies no 5★ product")
        var pool = random.shuffled(validOnAsOf)
        let revokedNow = Self.take(revokedInPeriod, from: &pool, where: owesInPeriod)
        let revokedEarlier = Self.take(validOnAsOf.count - published.inForce - revokedInPeriod, from: &pool,
                                       where: owesBeforePeriod)
        let fourStars = (published.inForceByStars[4] ?? 0) - upgraded + downgradedBefore + downgradedInPeriod
        var keptFourStars = Self.take(fourStars, from: &pool, where: { _ in true })
        let downgradedNow = Self.take(downgradedInPeriod, from: &keptFourStars, where: owesInPeriod)
        let downgradedEarlier = Self.take(downgradedBefore, from: &keptFourStars, where: owesBeforePeriod)
        let upgrades = Self.take(upgraded, from: &pool, where: { !obligations(of: $0).isEmpty })

        let fourStarIDs = Set((keptFourStars + downgradedNow + downgradedEarlier).map(\.productID))
        var plans: [String: ProductPlan] = [:]
        for certificate in validOnAsOf {
            plans[certificate.productID] = ProductPlan(stars: fourStarIDs.contains(certificate.productID) ? 4 : 3)
        }
        let changes: [(chosen: [IssuedCertificate], result: ReevaluationResult, inPeriod: Bool?)] = [
            (revokedNow, .revoked, true), (revokedEarlier, .revoked, false),
            (downgradedNow, .downgraded, true), (downgradedEarlier, .downgraded, false),
            (upgrades, .upgraded, nil),
        ]
        for (chosen, result, inPeriod) in changes {
            for certificate in chosen {
                let quarters = obligations(of: certificate).filter {
                    inPeriod == nil || ($0 == published.period) == inPeriod
                }
                plans[certificate.productID]?.change = (random.pick(quarters), result)
            }
        }
        return plans
    }

    /// Skipped quarters: at random before the bulletin's quarter, and exactly `overdueInPeriod`
    /// required products in it (never one whose change falls in it).
    private func skipQuarters(of certificates: [IssuedCertificate], in plans: inout [String: ProductPlan],
                              noise: inout SplitMix64, designation: inout SplitMix64) {
        for certificate in certificates {
            let changeQuarter = plans[certificate.productID]?.change?.quarter
            for quarter in obligations(of: certificate) where quarter < published.period && quarter != changeQuarter {
                if noise.chance(skipChance) { plans[certificate.productID]?.skipped.insert(quarter) }
            }
        }
        let overdueCandidates = certificates.filter { certificate in
            guard owesInPeriod(certificate) else { return false }
            guard let change = plans[certificate.productID]?.change else { return true }
            return change.quarter != published.period && change.result != .revoked
        }
        for certificate in designation.shuffled(overdueCandidates).prefix(overdueInPeriod) {
            plans[certificate.productID]?.skipped.insert(published.period)
        }
    }

    /// Stars drawn at the background rate, and at most one change before the bulletin's quarter.
    private func backgroundPlan(for certificate: IssuedCertificate, renewed: Bool, random: inout SplitMix64) -> ProductPlan {
        var plan = ProductPlan(stars: random.chance(fourStarChance) ? 4 : 3)
        for quarter in obligations(of: certificate) where quarter < published.period {
            let result: ReevaluationResult? =
                if !renewed && random.chance(revocationChance) { .revoked }
                else if plan.stars == 3 && random.chance(upgradeChance) { .upgraded }
                else if plan.stars == 4 && random.chance(downgradeChance) { .downgraded }
                else { nil }
            if let result {
                plan.change = (quarter, result)
                break
            }
        }
        return plan
    }

    /// Removes and returns the first `count` elements of `pool` satisfying `predicate`; traps when there are fewer.
    private static func take(_ count: Int, from pool: inout [IssuedCertificate],
                             where predicate: (IssuedCertificate) -> Bool) -> [IssuedCertificate] {
        var taken: [IssuedCertificate] = []
        var kept: [IssuedCertificate] = []
        for certificate in pool {
            if taken.count < count && predicate(certificate) { taken.append(certificate) } else { kept.append(certificate) }
        }
        precondition(taken.count == count, "only \(taken.count) of \(count) certificates qualify")
        pool = kept
        return taken
    }
}
