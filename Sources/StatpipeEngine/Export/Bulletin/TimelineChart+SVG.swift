extension TimelineChart {
    private static let width = 680.0
    private static let height = 250.0
    private static let plotLeft = 46.0
    private static let plotRight = width - 14
    private static let plotTop = 34.0
    private static let plotBottom = height - 26

    /// The chart as an inline `<svg>` element: bars, line, a count axis with ticks and
    /// gridlines, year labels and a legend. Every text in it is HTML-escaped.
    ///
    /// An undefined value draws no bar, and breaks the line rather than dropping it to 0.
    func svg() -> String {
        let c = ChartAxis.coordinate
        var svg = SVGWriter(width: Self.width, height: Self.height, label: caption)
        legend(&svg)
        let values = years.flatMap { [$0.certified, $0.inForce] }.compactMap { $0 }
        guard !years.isEmpty, !values.isEmpty else {
            svg.line(x1: Self.plotLeft, y1: Self.plotBottom, x2: Self.plotRight, y2: Self.plotBottom, className: "zero")
            let middle = (Self.plotLeft + Self.plotRight) / 2
            svg.text(noData, x: middle, y: (Self.plotTop + Self.plotBottom) / 2, anchor: "middle", className: "na")
            return svg.finish()
        }
        let axis = ChartAxis(covering: values, minimum: 0...0, targetTicks: 5)
        let y = { (value: Double) in axis.position(value, from: Self.plotBottom, to: Self.plotTop) }
        for tick in axis.ticks {
            svg.line(
                x1: Self.plotLeft,
                y1: y(tick),
                x2: Self.plotRight,
                y2: y(tick),
                className: tick == 0 ? "zero" : "grid"
            )
            svg.text(axis.label(tick), x: Self.plotLeft - 6, y: y(tick) + 3.5, anchor: "end", className: "tick")
        }
        let band = (Self.plotRight - Self.plotLeft) / Double(years.count)
        let barWidth = min(band * 0.56, 56)
        let center = { (index: Int) in Self.plotLeft + band * (Double(index) + 0.5) }

        for (index, year) in years.enumerated() {
            svg.text(year.label, x: center(index), y: Self.plotBottom + 16, anchor: "middle", className: "tick")
            guard let certified = year.certified else { continue }
            let top = y(certified)
            let barHeight = y(0) - top
            svg.raw(
                "<rect class=\"bar\" x=\"\(c(center(index) - barWidth / 2))\" y=\"\(c(top))\" "
                    + "width=\"\(c(barWidth))\" height=\"\(c(barHeight))\"/>"
            )
            if barHeight >= 16 {
                svg.text(year.certifiedText, x: center(index), y: top + 12, anchor: "middle", className: "value inside")
            } else if year.inForce.map({ abs(y($0) - top) > 18 }) ?? true {
                // A short bar's figure goes above it, unless the line's point sits there.
                svg.text(year.certifiedText, x: center(index), y: top - 4, anchor: "middle", className: "value")
            }
        }

        // The line breaks at an undefined year instead of dropping to zero.
        var segment: [String] = []
        var segments: [[String]] = []
        for (index, year) in years.enumerated() {
            if let inForce = year.inForce {
                segment.append("\(c(center(index))),\(c(y(inForce)))")
            } else if !segment.isEmpty {
                segments.append(segment)
                segment = []
            }
        }
        if !segment.isEmpty { segments.append(segment) }
        for points in segments where points.count > 1 {
            svg.raw("<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>")
        }
        for (index, year) in years.enumerated() {
            guard let inForce = year.inForce else { continue }
            svg.raw("<circle class=\"point\" cx=\"\(c(center(index)))\" cy=\"\(c(y(inForce)))\" r=\"3.5\"/>")
            svg.text(
                year.inForceText,
                x: center(index),
                y: y(inForce) - 8,
                anchor: "middle",
                className: "value line-value"
            )
        }
        return svg.finish()
    }

    /// The legend above the plot: a bar swatch and a line swatch, each with its label.
    private func legend(_ svg: inout SVGWriter) {
        let c = ChartAxis.coordinate
        let x = Self.plotLeft
        svg.raw("<rect class=\"bar\" x=\"\(c(x))\" y=\"6\" width=\"12\" height=\"10\"/>")
        svg.text(certifiedLegend, x: x + 18, y: 15, anchor: "start", className: "legend")
        let second = x + 18 + BarChart.textWidth(certifiedLegend, size: 11) + 24
        svg.line(x1: second, y1: 11, x2: second + 18, y2: 11, className: "line")
        svg.raw("<circle class=\"point\" cx=\"\(c(second + 9))\" cy=\"11\" r=\"3.5\"/>")
        svg.text(inForceLegend, x: second + 24, y: 15, anchor: "start", className: "legend")
    }
}
