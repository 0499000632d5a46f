/// The bulletin as plain text blocks, before any markup.
///
/// Both renderers read this one model, so `bulletin.html` and `bulletin.md` show the same
/// tables with the same figures. Every string here is raw text (data and labels alike):
/// escaping belongs to the renderers, which escape all of it.
struct BulletinDocument: Sendable {
    /// A figure of the headline row: label, the printed figure, and what it measures.
    struct Headline: Sendable {
        let label: String
        let value: String
        let detail: String
    }

    /// A numbered section of the bulletin.
    struct Section: Sendable {
        /// A stable anchor (`growth`, `ocop`…), independent of the language.
        let id: String
        let heading: String
        var blocks: [Block]
        /// Whether print starts it on a new page (the appendix).
        var startsPage = false
    }

    /// One element of a section.
    enum Block: Sendable {
        /// A heading inside a section.
        case subheading(String)
        case paragraph(String)
        case table(Table)
        case barChart(BarChart)
        case timelineChart(TimelineChart)
        /// A bulleted list, such as the run's warnings.
        case list([String])
    }

    /// A table with a caption; rows marked total are the province (or a sum) row.
    struct Table: Sendable {
        /// A column title and how its cells are set.
        struct Column: Sendable {
            /// How a column's cells are set; the raw value is the HTML class.
            enum Kind: String, Sendable {
                /// Words, wrapped where needed.
                case text
                /// Figures: right-aligned, never wrapped.
                case number = "num"
                /// Codes and dates (`OCOP-148-2023-03`, `2024-12-26`): never wrapped.
                case code
                /// File paths: long and unbroken, so they may wrap anywhere.
                case path
            }

            let title: String
            var kind = Kind.text

            /// Whether the cells are figures (right-aligned).
            var isNumeric: Bool { kind == .number }
        }

        /// One row of cells.
        struct Row: Sendable {
            let cells: [Cell]
            var isTotal = false
        }

        /// A cell's text, and the tone a status cell adds to it (never instead of it).
        struct Cell: Sendable, ExpressibleByStringLiteral {
            /// How a status reads at a glance; the text always says it too.
            enum Tone: String, Sendable {
                case good
                case warning
                case bad
            }

            let text: String
            var tone: Tone?

            init(_ text: String, tone: Tone? = nil) {
                self.text = text
                self.tone = tone
            }

            init(stringLiteral value: String) { self.init(value) }
        }

        var caption: String
        let columns: [Column]
        let rows: [Row]
        /// What to print instead of an empty table.
        var emptyNote = ""
    }

    let language: BulletinLanguage
    /// The strip above the title: the province, and the period.
    let masthead: [String]
    let title: String
    /// The lines under the title: reference period and as-of date.
    let subtitle: [String]
    let headlineHeading: String
    /// Column titles of the headline figures where they form a table (Markdown).
    let headlineColumns: [String]
    let headlines: [Headline]
    let sections: [Section]
    let footer: String
}
