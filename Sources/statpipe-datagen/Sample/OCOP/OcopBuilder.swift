/// Builds the OCOP certificates and their re-evaluation histories for the whole province.
struct OcopBuilder {
    let issuer: CertificateIssuer
    let planner: ReevaluationPlanner
    let history: ReevaluationHistory

    static let hoaBinh = OcopBuilder(
        issuer: CertificateIssuer(
            districts: HoaBinh.districts,
            schedule: .hoaBinh(.hoaBinh2025Q1),
            renewalChance: 0.5
        ),
        planner: .hoaBinh,
        history: ReevaluationHistory(planner: .hoaBinh, evaluationSpanDays: 45)
    )

    /// Every certificate (in date order) and every re-evaluation (by certificate, then date).
    func build(random: SplitMix64) -> (certificates: [OcopCertificate], reevaluations: [OcopReevaluation]) {
        let issued = issuer.issue(random: random)
        let plans = planner.plan(issued, random: random)
        let certificates = issued.map { certificate in
            OcopCertificate(
                productID: certificate.productID,
                productName: certificate.identity.name,
                producer: certificate.identity.producer,
                districtCode: certificate.districtCode,
                commune: certificate.identity.commune,
                category: certificate.identity.category,
                stars: plans[certificate.productID]?.stars ?? 3,
                certifiedOn: certificate.certifiedOn
            )
        }
        return (certificates, history.reevaluations(of: issued, plans: plans, random: random))
    }
}
