/// Builds one inline `<svg>` element as text, escaping every text it is given.
///
/// Inline SVG in HTML needs no namespace declaration, so the output names no URL. Styling
/// is by class, from the bulletin's style sheet, so charts print as crisply as the text.
struct SVGWriter {
    private var body: [String] = []
    private let width: Double
    private let height: Double
    private let label: String

    /// Starts a drawing of `width` × `height` units; `label` is its accessible name.
    init(width: Double, height: Double, label: String) {
        self.width = width
        self.height = height
        self.label = label
    }

    /// Adds text at (`x`, `y`), `anchor` being `start`, `middle` or `end`.
    mutating func text(_ text: String, x: Double, y: Double, anchor: String, className: String) {
        let c = ChartAxis.coordinate
        body.append(
            "<text class=\"\(className)\" x=\"\(c(x))\" y=\"\(c(y))\" text-anchor=\"\(anchor)\">"
                + BulletinEscaping.html(text) + "</text>"
        )
    }

    /// Adds a line segment.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, className: String) {
        let c = ChartAxis.coordinate
        body.append("<line class=\"\(className)\" x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\"/>")
    }

    /// Adds markup built by the caller from numbers and fixed class names only.
    mutating func raw(_ markup: String) { body.append(markup) }

    /// The complete element.
    func finish() -> String {
        let c = ChartAxis.coordinate
        let open =
            "<svg class=\"chart\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" "
            + "height=\"\(c(height))\" role=\"img\" aria-label=\"\(BulletinEscaping.html(label))\">"
        return ([open] + body.map { "  " + $0 } + ["</svg>"]).joined(separator: "\n")
    }
}
