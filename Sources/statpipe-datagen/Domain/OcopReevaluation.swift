import StatpipeCore

/// The outcome of an OCOP re-evaluation (SPEC §3).
enum ReevaluationResult: String, CaseIterable, Hashable {
    case maintained
    case upgraded
    case downgraded
    case revoked
}

/// One quarterly re-evaluation of a certified product.
struct OcopReevaluation: Hashable {
    let productID: String
    let evaluatedOn: CivilDate
    let result: ReevaluationResult
    /// The rating after the event; nil when revoked.
    let starsAfter: Int?
}
