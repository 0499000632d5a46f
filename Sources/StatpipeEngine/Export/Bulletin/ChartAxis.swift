/// A linear value axis with round tick marks (1, 2 or 5 × 10ⁿ apart) that cover the data.
///
/// Tick labels are scale marks, not figures of the tables; they are printed from integer
/// arithmetic so that the SVG bytes never depend on how a `Double` is formatted.
struct ChartAxis: Sendable {
    /// The axis start and end: multiples of ``step`` enclosing the data.
    let lower: Double
    let upper: Double
    let step: Double
    private let firstTick: Int
    private let lastTick: Int
    /// Decimals the tick labels need for ``step`` (0 for steps of 1 and more).
    let decimals: Int

    /// An axis covering `values` and `minimum`, with about `targetTicks` intervals.
    init(covering values: [Double], minimum: ClosedRange<Double>, targetTicks: Int) {
        let low = min(values.min() ?? 0, minimum.lowerBound, 0)
        var high = max(values.max() ?? 0, minimum.upperBound, 0)
        if high - low <= 0 { high = low + 1 }
        let rough = (high - low) / Double(max(targetTicks, 1))
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let multiple = [1.0, 2, 5, 10].first { $0 * magnitude >= rough } ?? 10
        step = multiple * magnitude
        // Ticks are whole multiples of the step, so the zero tick is exactly 0.
        firstTick = Int((low / step).rounded(.down))
        lastTick = Int((high / step).rounded(.up))
        lower = Double(firstTick) * step
        upper = Double(lastTick) * step
        var decimals = 0
        var scaled = step
        while decimals < 6 && (scaled - scaled.rounded()).magnitude > 1e-9 {
            scaled *= 10
            decimals += 1
        }
        self.decimals = decimals
    }

    /// The tick values from ``lower`` to ``upper``.
    var ticks: [Double] { (firstTick...max(firstTick, lastTick)).map { Double($0) * step } }

    /// Where `value` falls between `start` and `end` (screen coordinates).
    func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// A tick label: `value` with ``decimals`` decimals, `0` never signed.
    func label(_ value: Double) -> String { Self.fixed(value, decimals: decimals) }

    /// A coordinate for SVG, to a tenth of a unit.
    static func coordinate(_ value: Double) -> String { fixed(value, decimals: 1, trimZeros: true) }

    /// `value` rounded half away from zero to `decimals` places, printed without locale
    /// or exponent; `trimZeros` drops a zero fraction (`12.0` → `12`).
    static func fixed(_ value: Double, decimals: Int, trimZeros: Bool = false) -> String {
        // A chart never feeds NaN or infinity (undefined cells have no value), but a
        // coordinate must not trap if one slipped through.
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let bounded = min(max(value, -1e12), 1e12)
        let units = Int64((bounded * scale).rounded(.toNearestOrAwayFromZero))
        let sign = units < 0 ? "-" : ""
        let magnitude = units.magnitude
        let divisor = UInt64(scale)
        let whole = String(magnitude / divisor)
        guard decimals > 0 else { return sign + whole }
        let fraction = String(magnitude % divisor)
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        if trimZeros && magnitude % divisor == 0 { return sign + whole }
        return sign + whole + "." + padded
    }
}
