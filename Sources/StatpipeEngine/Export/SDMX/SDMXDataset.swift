import StatpipeCore

/// One SDMX-CSV 2.0 data message for one dataflow (SPEC §6): columns
/// `STRUCTURE,STRUCTURE_ID,ACTION`, the dimensions, then `OBS_VALUE,UNIT_MEASURE,OBS_STATUS`.
///
/// Every row is an information-only observation (`ACTION` `I`) of the dataflow; an
/// undefined figure keeps its row, with an empty `OBS_VALUE` and status `M` (missing).
struct SDMXDataset {
    /// The `STRUCTURE` column: the message refers to a dataflow.
    static let structure = "dataflow"
    /// The `ACTION` column: information, not a replacement or deletion order.
    static let action = "I"
    /// `OBS_STATUS` of a figure that exists.
    static let normalStatus = "A"
    /// `OBS_STATUS` of an undefined figure.
    static let missingStatus = "M"

    /// The dataflow reference, `AGENCY:ID(VERSION)`.
    let structureID: String
    let dimensions: [String]
    private(set) var table: CSVOutputTable

    init(structureID: String, dimensions: [String]) {
        self.structureID = structureID
        self.dimensions = dimensions
        table = CSVOutputTable(
            header: ["STRUCTURE", "STRUCTURE_ID", "ACTION"] + dimensions + ["OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS"]
        )
    }

    /// Adds one observation: `key` holds one code per dimension, `value` is the figure as
    /// printed (empty when undefined).
    mutating func append(key: [String], value: String, unit: String) {
        precondition(key.count == dimensions.count, "key of \(key.count) codes for \(dimensions.count) dimensions")
        let status = value.isEmpty ? Self.missingStatus : Self.normalStatus
        table.append(
            [.text(Self.structure), .text(structureID), .text(Self.action)] + key.map(TableCell.text)
                + [.number(value), .text(unit), .text(status)]
        )
    }

    /// The file's bytes, with the CSV conventions of every output (BOM, `\r\n`).
    func encoded(byteOrderMark: Bool) -> [UInt8] {
        table.encoded(byteOrderMark: byteOrderMark)
    }
}
