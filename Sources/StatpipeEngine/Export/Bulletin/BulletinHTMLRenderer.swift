/// Renders a ``BulletinDocument`` as one self-contained HTML page: inline CSS and SVG,
/// no script, no link, no image or font to fetch.
///
/// Every text of the document passes through ``BulletinEscaping/html(_:)`` here, labels
/// included, so no path from the input data reaches the page unescaped.
enum BulletinHTMLRenderer {
    /// The page, ending with a newline.
    static func render(_ document: BulletinDocument) -> String {
        var lines: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(document.language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(escape(document.title))</title>",
            "<style>",
            BulletinStyleSheet.css,
            "</style>",
            "</head>",
            "<body>",
            "<main class=\"page\">",
            "<header class=\"masthead\">",
            "<p class=\"masthead-line\">" + document.masthead.map { "<span>\(escape($0))</span>" }.joined() + "</p>",
            "<h1>\(escape(document.title))</h1>",
            "<p class=\"subtitle\">" + document.subtitle.map(escape).joined(separator: "<br>") + "</p>",
            "</header>",
            "<section class=\"headlines\" aria-labelledby=\"headlines\">",
            "<h2 id=\"headlines\">\(escape(document.headlineHeading))</h2>",
            "<div class=\"cards\">",
        ]
        for headline in document.headlines {
            lines.append("<div class=\"card\">")
            lines.append("<p class=\"card-label\">\(escape(headline.label))</p>")
            lines.append("<p class=\"card-value\">\(escape(headline.value))</p>")
            lines.append("<p class=\"card-detail\">\(escape(headline.detail))</p>")
            lines.append("</div>")
        }
        lines += ["</div>", "</section>"]
        for section in document.sections {
            let className = section.startsPage ? " class=\"appendix\"" : ""
            lines.append("<section id=\"\(escape(section.id))\"\(className)>")
            lines.append("<h2>\(escape(section.heading))</h2>")
            for block in section.blocks { lines += render(block) }
            lines.append("</section>")
        }
        lines += ["<footer>\(escape(document.footer))</footer>", "</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ block: BulletinDocument.Block) -> [String] {
        switch block {
        case .subheading(let text):
            return ["<h3>\(escape(text))</h3>"]
        case .paragraph(let text):
            return ["<p class=\"note\">\(escape(text))</p>"]
        case .list(let items):
            return ["<ul class=\"warnings\">"] + items.map { "<li>\(escape($0))</li>" } + ["</ul>"]
        case .barChart(let chart):
            return ["<figure>", "<figcaption>\(escape(chart.caption))</figcaption>", chart.svg(), "</figure>"]
        case .timelineChart(let chart):
            return ["<figure>", "<figcaption>\(escape(chart.caption))</figcaption>", chart.svg(), "</figure>"]
        case .table(let table):
            return render(table)
        }
    }

    /// A table no longer than this stays on one page with its caption; a longer one breaks
    /// between rows, repeating its header.
    private static let keptRows = 16
    /// From this many columns a table is set smaller, so that it fits the A4 width.
    private static let wideColumns = 8

    private static func render(_ table: BulletinDocument.Table) -> [String] {
        var block = ["table-block"]
        if table.rows.count <= keptRows { block.append("keep") }
        if table.columns.count >= wideColumns { block.append("wide") }
        guard !table.rows.isEmpty else {
            return [
                "<div\(classAttribute(block))>",
                "<p class=\"caption\"><strong>\(escape(table.caption))</strong></p>",
                "<p class=\"empty\">\(escape(table.emptyNote))</p>",
                "</div>",
            ]
        }
        var lines = [
            "<div\(classAttribute(block))>", "<table>", "<caption>\(escape(table.caption))</caption>", "<thead>",
        ]
        let headers = table.columns.map { column in
            "<th scope=\"col\"\(classAttribute(column.kind == .text ? [] : [column.kind.rawValue]))>"
                + "\(escape(column.title))</th>"
        }
        lines.append("<tr>" + headers.joined() + "</tr>")
        lines += ["</thead>", "<tbody>"]
        for row in table.rows {
            let cells = row.cells.enumerated().map { index, cell in
                let column = index < table.columns.count ? table.columns[index] : .init(title: "")
                let classes =
                    (column.kind == .text ? [] : [column.kind.rawValue])
                    + (cell.tone.map { ["tone-\($0.rawValue)"] } ?? [])
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                let close = index == 0 ? "th" : "td"
                return "<\(tag)\(classAttribute(classes))>\(escape(cell.text))</\(close)>"
            }
            lines.append("<tr\(row.isTotal ? " class=\"total\"" : "")>" + cells.joined() + "</tr>")
        }
        lines += ["</tbody>", "</table>", "</div>"]
        return lines
    }

    private static func escape(_ text: String) -> String { BulletinEscaping.html(text) }

    /// ` class="a b"`, or nothing for no class.
    private static func classAttribute(_ classes: [String]) -> String {
        classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
    }
}
