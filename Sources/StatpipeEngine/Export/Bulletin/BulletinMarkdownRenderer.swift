/// Renders a ``BulletinDocument`` as GitHub-flavoured Markdown: the same headline
/// figures and tables as the HTML page, with the same figures; charts are left out (their
/// figures are in the tables beside them).
///
/// Every text is escaped with ``BulletinEscaping``, so a `|` or a `*` in a name stays
/// text in its cell.
enum BulletinMarkdownRenderer {
    /// The document, ending with a newline.
    static func render(_ document: BulletinDocument) -> String {
        var blocks: [String] = [
            "# " + BulletinEscaping.markdownInline(document.title),
            document.subtitle.map(BulletinEscaping.markdownBlock).joined(separator: "  \n"),
            "## " + BulletinEscaping.markdownInline(document.headlineHeading),
            table(
                columns: zip(document.headlineColumns, [.text, .number, .text]).map { .init(title: $0, kind: $1) },
                rows: document.headlines.map { .init(cells: [.init($0.label), .init($0.value), .init($0.detail)]) }
            ),
        ]
        for section in document.sections {
            blocks.append("## " + BulletinEscaping.markdownInline(section.heading))
            for block in section.blocks {
                switch block {
                case .subheading(let text):
                    blocks.append("### " + BulletinEscaping.markdownInline(text))
                case .paragraph(let text):
                    blocks.append(BulletinEscaping.markdownBlock(text))
                case .list(let items):
                    blocks.append(items.map { "- " + BulletinEscaping.markdownBlock($0) }.joined(separator: "\n"))
                case .table(let table):
                    blocks.append("**" + BulletinEscaping.markdownInline(table.caption) + "**")
                    blocks.append(
                        table.rows.isEmpty
                            ? BulletinEscaping.markdownBlock(table.emptyNote)
                            : self.table(columns: table.columns, rows: table.rows)
                    )
                case .barChart, .timelineChart:
                    continue
                }
            }
        }
        blocks.append("---")
        blocks.append(BulletinEscaping.markdownBlock(document.footer))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A GitHub table: figures right-aligned, total rows in bold.
    private static func table(columns: [BulletinDocument.Table.Column], rows: [BulletinDocument.Table.Row]) -> String {
        let header = "| " + columns.map { BulletinEscaping.markdownInline($0.title) }.joined(separator: " | ") + " |"
        let rule = "|" + columns.map { $0.isNumeric ? " ---: |" : " :--- |" }.joined()
        let body = rows.map { row in
            let cells = row.cells.map { cell in
                let text = BulletinEscaping.markdownInline(cell.text)
                return row.isTotal && !text.isEmpty ? "**\(text)**" : text
            }
            return "| " + cells.joined(separator: " | ") + " |"
        }
        return ([header, rule] + body).joined(separator: "\n")
    }
}
