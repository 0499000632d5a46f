/// The OCOP timeline: certificates issued each year as bars, products in force at each
/// year end as a line, on one count axis.
struct TimelineChart: Sendable {
    /// One year of the timeline; values are nil when the cell is undefined.
    struct Year: Sendable {
        let label: String
        let certified: Double?
        let certifiedText: String
        let inForce: Double?
        let inForceText: String
    }

    var caption: String
    let years: [Year]
    let certifiedLegend: String
    let inForceLegend: String
    /// What the chart shows when there is no year to draw.
    let noData: String
}
