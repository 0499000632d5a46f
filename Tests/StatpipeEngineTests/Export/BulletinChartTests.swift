import Foundation
import Testing

@testable import StatpipeEngine

/// The SVG charts at their edges: nothing defined, one district, negative growth, gaps in
/// the timeline; and the axis arithmetic they rest on.
struct BulletinChartTests {
    private func chart(_ bars: [BarChart.Bar], minimum: ClosedRange<Double> = 0...0) -> BarChart {
        BarChart(
            caption: "Growth <by> district",
            bars: BarChart.sorted(bars),
            unit: "%",
            minimumDomain: minimum,
            notAvailable: "n/a",
            noData: "No data"
        )
    }

    /// The numeric value of `attribute` in the first element matching `prefix`.
    private func attribute(_ attribute: String, of prefix: String, in svg: String) throws -> Double {
        let element = try #require(svg.components(separatedBy: "\n").first { $0.contains(prefix) })
        let start = try #require(element.range(of: " \(attribute)=\""))
        let value = element[start.upperBound...].prefix { $0 != "\"" }
        return try #require(Double(value))
    }

    @Test func allUndefinedDrawsNoBarAndSaysSo() {
        let svg = chart([.init(label: "A", value: nil, text: ""), .init(label: "B", value: nil, text: "")]).svg()
        #expect(!svg.contains("<rect"))
        #expect(svg.contains(">No data</text>"))
        #expect(svg.components(separatedBy: ">n/a</text>").count - 1 == 2)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }

    @Test func noDistrictAtAll() {
        let svg = chart([]).svg()
        #expect(svg.hasPrefix("<svg class=\"chart\""))
        #expect(svg.contains(">No data</text>"))
    }

    @Test func oneDistrictGetsOneLabelledBar() {
        let svg = chart([.init(label: "Lương Sơn", value: 22.91, text: "22.91")]).svg()
        #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 1)
        #expect(svg.contains(">Lương Sơn</text>"))
        #expect(svg.contains(">22.91%</text>"))
        #expect(svg.contains("aria-label=\"Growth &lt;by&gt; district\""))
    }

    @Test func negativeGrowthExtendsLeftOfTheZeroAxis() throws {
        let svg = chart([
            .init(label: "Up", value: 8.48, text: "8.48"), .init(label: "Down", value: -5.64, text: "-5.64"),
        ]).svg()
        let zero = try attribute("x1", of: "<line class=\"zero\"", in: svg)
        let x = try attribute("x", of: "<rect class=\"bar neg\"", in: svg)
        let width = try attribute("width", of: "<rect class=\"bar neg\"", in: svg)
        #expect(x < zero)
        #expect(abs(x + width - zero) < 0.11)
        #expect(try attribute("x", of: "<rect class=\"bar\"", in: svg) == zero)
        #expect(svg.contains("text-anchor=\"end\">-5.64%</text>"), "a negative bar's figure sits at its left end")
    }

    @Test func barsAreSortedLargestFirstUndefinedLast() throws {
        let bars = BarChart.sorted([
            .init(label: "none", value: nil, text: ""), .init(label: "low", value: -1, text: "-1.00"),
            .init(label: "high", value: 9, text: "9.00"), .init(label: "tie-b", value: 3, text: "3.00"),
            .init(label: "tie-a", value: 3, text: "3.00"),
        ])
        #expect(bars.map(\.label) == ["high", "tie-b", "tie-a", "low", "none"])
    }

    @Test func compliancePercentagesUseAFullScale() {
        let svg = chart([.init(label: "A", value: 50, text: "50.00")], minimum: 0...100).svg()
        #expect(svg.contains(">100%</text>"))
        #expect(svg.contains(">0%</text>"))
    }

    @Test func timelineHasTicksBarsAndALineThatBreaksAtAGap() {
        let timeline = TimelineChart(
            caption: "OCOP",
            years: [
                .init(label: "2022", certified: 10, certifiedText: "10", inForce: 10, inForceText: "10"),
                .init(label: "2023", certified: 5, certifiedText: "5", inForce: nil, inForceText: ""),
                .init(label: "2024", certified: nil, certifiedText: "", inForce: 14, inForceText: "14"),
                .init(label: "2025", certified: 2, certifiedText: "2", inForce: 15, inForceText: "15"),
            ],
            certifiedLegend: "Certified",
            inForceLegend: "In force",
            noData: "No data"
        )
        let svg = timeline.svg()
        for tick in ["0", "5", "10", "15"] {
            #expect(svg.contains("class=\"tick\"") && svg.contains(">\(tick)</text>"))
        }
        for year in ["2022", "2023", "2024", "2025"] { #expect(svg.contains(">\(year)</text>")) }
        // Three bars plus the legend swatch; the gap year draws none.
        #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 4)
        // 2022 stands alone before the gap, so only 2024–2025 form a line.
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1)
        #expect(svg.components(separatedBy: "<circle class=\"point\"").count - 1 == 4, "three points and the legend")
    }

    @Test func emptyTimelineSaysNoData() {
        let svg = TimelineChart(caption: "OCOP", years: [], certifiedLegend: "C", inForceLegend: "F", noData: "No data")
            .svg()
        #expect(svg.contains(">No data</text>"))
        #expect(!svg.contains("<polyline"))
    }

    @Test func axisCoversTheDataWithRoundTicks() {
        let axis = ChartAxis(covering: [-5.64, 27.18], minimum: 0...0, targetTicks: 5)
        #expect(axis.lower == -10 && axis.upper == 30 && axis.step == 10)
        #expect(axis.ticks.map(axis.label) == ["-10", "0", "10", "20", "30"])
        let small = ChartAxis(covering: [0.07], minimum: 0...0, targetTicks: 5)
        #expect(small.ticks.map(small.label) == ["0.00", "0.02", "0.04", "0.06", "0.08"])
        let flat = ChartAxis(covering: [0, 0], minimum: 0...0, targetTicks: 5)
        #expect(flat.upper > flat.lower)
    }

    @Test func coordinatesPrintWithoutLocaleOrExponent() {
        #expect(ChartAxis.coordinate(12.0) == "12")
        #expect(ChartAxis.coordinate(-0.04) == "0")
        #expect(ChartAxis.coordinate(-2.25) == "-2.3")
        #expect(ChartAxis.coordinate(1e-9) == "0")
        #expect(ChartAxis.fixed(0.125, decimals: 2) == "0.13")
        #expect(ChartAxis.coordinate(.nan) == "0")
    }
}
