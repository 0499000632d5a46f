import StatpipeCore

/// Writes each certificate's quarterly re-evaluations from its plan.
///
/// A certificate owes one re-evaluation in each quarter it is in force from its start (SPEC §5);
/// its producer is evaluated late in the quarter, always before the certificate expires and never
/// after the as-of date. The rating follows the plan: maintained, except for its one change.
struct ReevaluationHistory {
    let planner: ReevaluationPlanner
    /// Evaluations fall within this many days before the quarter's end (or the day before expiry).
    let evaluationSpanDays: Int

    /// The re-evaluations of every certificate, certificate by certificate, in date order.
    func reevaluations(of certificates: [IssuedCertificate], plans: [String: ProductPlan],
                       random: SplitMix64) -> [OcopReevaluation] {
        var dateRandom = random.derived("ocop-evaluation-dates")
        var events: [OcopReevaluation] = []
        for certificate in certificates {
            guard let plan = plans[certificate.productID] else { continue }
            var stars = plan.stars
            for quarter in planner.obligations(of: certificate) where !plan.skipped.contains(quarter) {
                let result = plan.change?.quarter == quarter ? plan.change?.result ?? .maintained : .maintained
                switch result {
                case .maintained, .revoked: break
                case .upgraded: stars += 1
                case .downgraded: stars -= 1
                }
                events.append(OcopReevaluation(
                    productID: certificate.productID,
                    evaluatedOn: evaluationDate(in: quarter, of: certificate, random: &dateRandom),
                    result: result,
                    starsAfter: result == .revoked ? nil : stars
                ))
                if result == .revoked { break }
            }
        }
        return events
    }

    private func evaluationDate(in quarter: Quarter, of certificate: IssuedCertificate,
                                random: inout SplitMix64) -> CivilDate {
        let latest = min(quarter.endDate, certificate.expiresOn.adding(days: -1), planner.published.asOf)
        let earliest = max(quarter.startDate, latest.adding(days: -evaluationSpanDays))
        return earliest.adding(days: random.int(in: 0...(latest.daysSinceEpoch - earliest.daysSinceEpoch)))
    }
}
