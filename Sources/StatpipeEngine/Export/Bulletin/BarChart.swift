/// A horizontal bar chart: one bar per area, drawn from zero, labelled with the figure
/// exactly as the table prints it.
struct BarChart: Sendable {
    /// One bar: the area's name, the value it is drawn to (nil when undefined) and the
    /// printed figure.
    struct Bar: Sendable {
        let label: String
        let value: Double?
        let text: String
    }

    /// A dashed line across the bars, such as the province figure.
    struct Reference: Sendable {
        let label: String
        let value: Double
        let text: String
    }

    var caption: String
    let bars: [Bar]
    /// Appended to every printed figure (`%`).
    var unit = ""
    /// The value axis runs at least over this range (0…100 for a percentage of a whole).
    var minimumDomain: ClosedRange<Double> = 0...0
    var reference: Reference?
    /// What an undefined bar shows instead of a figure.
    let notAvailable: String
    /// What the chart shows when no bar has a value.
    let noData: String

    /// The bars sorted by value, largest first, undefined ones last; ties keep their
    /// order (area code), so the chart is the same on every run.
    static func sorted(_ bars: [Bar]) -> [Bar] {
        bars.enumerated().sorted { lhs, rhs in
            switch (lhs.element.value, rhs.element.value) {
            case (let left?, let right?): return left != right ? left > right : lhs.offset < rhs.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
