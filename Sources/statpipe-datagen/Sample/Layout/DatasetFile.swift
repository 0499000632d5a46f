import StatpipeCore

/// One file of a district's dataset: its name, the years of records it holds, its columns and style.
struct DatasetFile<Record: DatasetRecord> {
    let name: String
    /// The records of these years (by `fileYear`); nil for all.
    let years: ClosedRange<Int>?
    let columns: [Column<Record>]
    let style: FileStyle

    init(_ name: String, years: ClosedRange<Int>? = nil, columns: [Column<Record>] = Column.schemaOrder,
         style: FileStyle) {
        self.name = name
        self.years = years
        self.columns = columns
        self.style = style
    }

    /// Whether the file holds `record`.
    func holds(_ record: Record) -> Bool {
        years?.contains(record.fileYear) ?? true
    }
}

/// A column of a district file: the header text as written, and what its cells hold.
struct Column<Record: DatasetRecord> {
    /// Where a column's cells come from.
    enum Content {
        /// A schema field (its cells come from the record).
        case field(String)
        /// A column outside the schema, which statpipe ignores with an `extra-label` warning.
        case remark((Record) -> String)
    }

    let label: String
    let content: Content

    /// A schema field, headed by its name unless the district spells the header otherwise.
    static func field(_ name: String, label: String? = nil) -> Column {
        Column(label: label ?? name, content: .field(name))
    }

    /// Every schema field, headed by its name, in schema order.
    static var schemaOrder: [Column] {
        Record.dataset.fields.map { field($0) }
    }

    /// The given schema fields, in the given order.
    static func fields(_ names: String...) -> [Column] {
        names.map { field($0) }
    }

    /// The text of this column for a row whose schema cells are `cells` (a remark needs the record).
    func text(cells: [String: String], record: Record?) -> String {
        switch content {
        case .field(let name): cells[name] ?? ""
        case .remark(let remark): record.map(remark) ?? ""
        }
    }

    /// The column's cell in a workbook: a number field's text as a numeric cell (an empty one
    /// stays empty, a missing mark the writer keeps as text), anything else as a text cell.
    func tableCell(cells: [String: String], record: Record?) -> TableCell {
        let text = text(cells: cells, record: record)
        guard case .field(let name) = content, Record.dataset.numberFields.contains(name) else { return .text(text) }
        return .number(text)
    }
}

extension Column {
    /// A column outside the schema whose text is computed from the record (empty on planted rows).
    static func remark(label: String, _ text: @escaping (Record) -> String) -> Column {
        Column(label: label, content: .remark(text))
    }
}
