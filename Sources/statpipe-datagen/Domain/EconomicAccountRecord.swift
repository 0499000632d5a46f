import StatpipeCore

/// One GRDP production figure: a district's (or one of its reporting units') value for a quarter and sector.
struct EconomicAccountRecord: Hashable {
    let districtCode: String
    /// The reporting unit, or nil for a whole-district row.
    let unitID: String?
    let period: Quarter
    let sector: Sector
    /// VND billion at current prices; nil when the district marked it not available.
    let valueCurrent: ExactDecimal?
    /// VND billion at constant 2010 prices.
    let valueConstant: ExactDecimal
}
