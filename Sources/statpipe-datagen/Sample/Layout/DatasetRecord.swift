import StatpipeCore

/// A record that can be written as a row of one of a district's dataset files.
protocol DatasetRecord {
    static var dataset: Dataset { get }
    /// The year that decides which of a district's files holds the record.
    var fileYear: Int { get }
    /// The text of each schema field, written in `style`.
    func cells(in style: FileStyle) -> [String: String]
}

extension EconomicAccountRecord: DatasetRecord {
    static var dataset: Dataset { .economicAccounts }

    var fileYear: Int { period.year }

    func cells(in style: FileStyle) -> [String: String] {
        [
            "district_code": districtCode,
            "unit_id": unitID ?? "",
            "period": style.periods.format(period),
            "sector": sector.rawValue,
            "value_current": valueCurrent.map(style.numbers.format) ?? style.missingMark,
            "value_constant": style.numbers.format(valueConstant),
        ]
    }
}

extension OcopCertificate: DatasetRecord {
    static var dataset: Dataset { .ocopProducts }

    var fileYear: Int { certifiedOn.year }

    func cells(in style: FileStyle) -> [String: String] {
        [
            "product_id": productID,
            "product_name": productName,
            "producer": producer,
            "district_code": districtCode,
            "commune": commune ?? style.missingMark,
            "category": category.rawValue,
            "stars": String(stars),
            "certified_on": style.dates.format(certifiedOn),
            "expires_on": style.writesDefaultExpiry ? style.dates.format(expiresOn) : style.missingMark,
        ]
    }
}

extension OcopReevaluation: DatasetRecord {
    static var dataset: Dataset { .ocopReevaluations }

    var fileYear: Int { evaluatedOn.year }

    func cells(in style: FileStyle) -> [String: String] {
        [
            "product_id": productID,
            "evaluated_on": style.dates.format(evaluatedOn),
            "result": result.rawValue,
            "stars_after": starsAfter.map(String.init) ?? style.missingMark,
        ]
    }
}
