extension BarChart {
    /// Width of the drawing in SVG units; the page scales it to the column width.
    private static let width = 680.0
    private static let rowHeight = 22.0
    private static let barHeight = 14.0
    /// Room beside a bar's end for its figure (`-12.34%`).
    private static let figureRoom = 54.0

    /// The chart as an inline `<svg>` element; every text in it is HTML-escaped.
    ///
    /// Bars start at a zero axis: positive values extend right, negative ones left. An
    /// undefined bar is drawn as no bar with the not-available mark, never as zero.
    func svg() -> String {
        let values = bars.compactMap(\.value)
        let axis = ChartAxis(
            covering: values + (reference.map { [$0.value] } ?? []),
            minimum: minimumDomain,
            targetTicks: 5
        )
        let nameWidth = min(max(Self.textWidth(bars.map(\.label).max { $0.count < $1.count } ?? "", size: 11), 60), 220)
        let plotLeft = nameWidth + 12 + (axis.lower < 0 ? Self.figureRoom : 6)
        let plotRight = Self.width - Self.figureRoom
        let top = reference == nil ? 6.0 : 22.0
        let rowsBottom = top + Double(max(bars.count, 1)) * Self.rowHeight
        let height = rowsBottom + 22
        let x = { (value: Double) in axis.position(value, from: plotLeft, to: plotRight) }
        let c = ChartAxis.coordinate

        var svg = SVGWriter(width: Self.width, height: height, label: caption)
        if values.isEmpty {
            svg.text(
                noData,
                x: (plotLeft + plotRight) / 2,
                y: top + Self.rowHeight / 2 + 4,
                anchor: "middle",
                className: "na"
            )
        } else {
            for tick in axis.ticks {
                svg.line(x1: x(tick), y1: top, x2: x(tick), y2: rowsBottom, className: tick == 0 ? "zero" : "grid")
                svg.text(axis.label(tick) + unit, x: x(tick), y: rowsBottom + 14, anchor: "middle", className: "tick")
            }
        }
        // Drawn before the bars so that the figures sit over the dashed line.
        if let reference {
            let position = x(reference.value)
            svg.line(x1: position, y1: top - 4, x2: position, y2: rowsBottom, className: "reference")
            let anchor = position > plotRight - 70 ? "end" : position < plotLeft + 70 ? "start" : "middle"
            svg.text(
                "\(reference.label) \(reference.text)\(unit)",
                x: position,
                y: top - 8,
                anchor: anchor,
                className: "reference-label"
            )
        }
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Double(index) * Self.rowHeight
            let baseline = rowTop + Self.rowHeight / 2 + 4
            svg.text(bar.label, x: nameWidth, y: baseline, anchor: "end", className: "name")
            guard let value = bar.value else {
                svg.text(notAvailable, x: x(0) + 4, y: baseline, anchor: "start", className: "na")
                continue
            }
            let start = min(x(0), x(value))
            let barTop = rowTop + (Self.rowHeight - Self.barHeight) / 2
            svg.raw(
                "<rect class=\"\(value < 0 ? "bar neg" : "bar")\" x=\"\(c(start))\" y=\"\(c(barTop))\" "
                    + "width=\"\(c(abs(x(value) - x(0))))\" height=\"\(c(Self.barHeight))\"/>"
            )
            let end = value < 0 ? x(value) - 4 : x(value) + 4
            svg.text(bar.text + unit, x: end, y: baseline, anchor: value < 0 ? "end" : "start", className: "value")
        }
        if !values.isEmpty {
            // Drawn after the bars so the zero axis stays visible over them.
            svg.line(x1: x(0), y1: top, x2: x(0), y2: rowsBottom, className: "zero")
        }
        return svg.finish()
    }

    /// A generous estimate of a text's width in SVG units (no font metrics at hand).
    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.6 }
}
