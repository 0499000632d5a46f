/// Writes the quarterly bulletin (SPEC §6): `bulletin/bulletin.html`, one self-contained
/// printable page with inline CSS and SVG charts, and `bulletin/bulletin.md`, the same
/// tables in Markdown.
///
/// Both files are laid out once as a ``BulletinDocument`` from the summary tables, so they
/// print the same figures as the CSVs, in the labels of `context.language`. The bytes
/// depend only on the context: no timestamp, no dictionary order.
public struct BulletinExporter: Exporter {
    /// The HTML page's path inside `OUT/P/`.
    public static let htmlPath = "bulletin/bulletin.html"
    /// The Markdown file's path inside `OUT/P/`.
    public static let markdownPath = "bulletin/bulletin.md"

    public init() {}

    /// Writes both files.
    /// - Throws: ``StatpipeError`` (`io`) when a file cannot be written.
    public func export(_ context: ExportContext, into staged: StagedDirectory) throws(StatpipeError) {
        let rendered = Self.render(context)
        try OutputFile.write(Array(rendered.html.utf8), to: try staged.path(Self.htmlPath))
        try OutputFile.write(Array(rendered.markdown.utf8), to: try staged.path(Self.markdownPath))
    }

    /// Both files' text, without touching the disk.
    public static func render(_ context: ExportContext) -> (html: String, markdown: String) {
        let document = BulletinBuilder(context).build()
        return (BulletinHTMLRenderer.render(document), BulletinMarkdownRenderer.render(document))
    }
}
