import StatpipeCore

/// A rejected row: where it is and its first error.
struct Rejection: Hashable, Comparable {
    let path: String
    let line: Int
    let code: String
    let field: String

    static func < (lhs: Rejection, rhs: Rejection) -> Bool {
        (lhs.path, lhs.line) < (rhs.path, rhs.line)
    }
}

/// An accepted product with its effective expiry (explicit, or the 36-month default).
struct AcceptedProduct {
    let certificate: OcopCertificate
    let expiresOn: CivilDate
}

/// What the summaries are computed from: the accepted rows, typed, and every rejection.
struct AcceptedData {
    var economic: [EconomicAccountRecord] = []
    var products: [AcceptedProduct] = []
    var reevaluations: [OcopReevaluation] = []
    var rejections: [Rejection] = []
    /// Data rows read (blank rows apart), by dataset.
    var rowsRead: [Dataset: Int] = [:]
}

/// Re-checks the files read back with the rules of SPEC §3–§4, in sorted path order, to find
/// which rows statpipe must accept. Independent of how the generator built them.
struct SampleValidator {
    let districtCodes: Set<String>
    /// The number format the pipeline reads a file with (its `overrides:`).
    let numbers: (String) -> NumberFormat

    /// The accepted rows and the rejections of every district file (the reference file is trusted).
    func validate(_ files: [ReadBackFile]) -> AcceptedData {
        var data = AcceptedData()
        let byDataset = { (dataset: Dataset) in
            files.filter { Dataset(districtFileName: $0.path.split(separator: "/").last.map(String.init) ?? "") == dataset }
                .sorted { $0.path < $1.path }
        }
        validateEconomicAccounts(byDataset(.economicAccounts), into: &data)
        validateProducts(byDataset(.ocopProducts), into: &data)
        validateReevaluations(byDataset(.ocopReevaluations), into: &data)
        data.rejections.sort()
        return data
    }

    private func rows(of files: [ReadBackFile], dataset: Dataset, data: inout AcceptedData) -> [RowCells] {
        let rows = files.flatMap { file in file.records.map { RowCells(file: file, record: $0, numbers: numbers(file.path)) } }
        data.rowsRead[dataset] = rows.count
        return rows
    }

    private func reject(_ row: RowCells, _ failure: CheckFailure, into data: inout AcceptedData) {
        data.rejections.append(Rejection(path: row.file.path, line: row.record.line, code: failure.code, field: failure.field))
    }

    private func validateEconomicAccounts(_ files: [ReadBackFile], into data: inout AcceptedData) {
        var keys: Set<[String]> = []
        for row in rows(of: files, dataset: .economicAccounts, data: &data) {
            do throws(CheckFailure) {
                try row.checkShape()
                let district = try row.required("district_code")
                let unit = row.optional("unit_id")
                let period = try row.quarter("period", required: true)
                let sector = try row.enumValue("sector", Sector.self)
                let current = try row.amount("value_current", required: false)
                let constant = try row.amount("value_constant", required: true)
                guard let period, let constant else { continue }
                guard keys.insert([district, unit ?? "", period.description, sector.rawValue]).inserted else {
                    throw CheckFailure(code: "unique-error", field: "")
                }
                guard districtCodes.contains(district) else { throw CheckFailure(code: "foreign-key-error", field: "district_code") }
                data.economic.append(EconomicAccountRecord(districtCode: district, unitID: unit, period: period,
                                                           sector: sector, valueCurrent: current, valueConstant: constant))
            } catch {
                reject(row, error, into: &data)
            }
        }
    }

    private func validateProducts(_ files: [ReadBackFile], into data: inout AcceptedData) {
        var ids: Set<String> = []
        for row in rows(of: files, dataset: .ocopProducts, data: &data) {
            do throws(CheckFailure) {
                try row.checkShape()
                let id = try row.required("product_id")
                let name = try row.required("product_name")
                let producer = try row.required("producer")
                let district = try row.required("district_code")
                let commune = row.optional("commune")
                let category = try row.enumValue("category", OcopCategory.self)
                let stars = try row.stars("stars", required: true)
                let certifiedOn = try row.date("certified_on", required: true)
                let explicitExpiry = try row.date("expires_on", required: false)
                guard let stars, let certifiedOn else { continue }
                let certificate = OcopCertificate(productID: id, productName: name, producer: producer,
                                                  districtCode: district, commune: commune, category: category,
                                                  stars: stars, certifiedOn: certifiedOn)
                let expiresOn = explicitExpiry ?? certificate.expiresOn
                guard expiresOn > certifiedOn else { throw CheckFailure(code: "constraint-error", field: "expires_on") }
                guard ids.insert(id).inserted else { throw CheckFailure(code: "unique-error", field: "product_id") }
                guard districtCodes.contains(district) else { throw CheckFailure(code: "foreign-key-error", field: "district_code") }
                data.products.append(AcceptedProduct(certificate: certificate, expiresOn: expiresOn))
            } catch {
                reject(row, error, into: &data)
            }
        }
    }

    private func validateReevaluations(_ files: [ReadBackFile], into data: inout AcceptedData) {
        // Field checks and the row's own rule, in file order.
        var candidates: [(row: RowCells, event: OcopReevaluation)] = []
        for row in rows(of: files, dataset: .ocopReevaluations, data: &data) {
            do throws(CheckFailure) {
                try row.checkShape()
                let id = try row.required("product_id")
                let evaluatedOn = try row.date("evaluated_on", required: true)
                let result = try row.enumValue("result", ReevaluationResult.self)
                let starsAfter = try row.stars("stars_after", required: false)
                guard let evaluatedOn else { continue }
                guard (result == .revoked) == (starsAfter == nil) else {
                    throw CheckFailure(code: "constraint-error", field: "stars_after")
                }
                candidates.append((row, OcopReevaluation(productID: id, evaluatedOn: evaluatedOn, result: result,
                                                         starsAfter: starsAfter)))
            } catch {
                reject(row, error, into: &data)
            }
        }
        // The dataset's rules, product by product in date order: dates, then consistency of ratings.
        let products = Dictionary(uniqueKeysWithValues: data.products.map { ($0.certificate.productID, $0.certificate) })
        var failures: [Int: CheckFailure] = [:]
        let byProduct = Dictionary(grouping: candidates.indices) { candidates[$0].event.productID }
        for (productID, indices) in byProduct {
            guard let product = products[productID] else { continue }
            var stars = product.stars
            for index in indices.sorted(by: { candidates[$0].event.evaluatedOn < candidates[$1].event.evaluatedOn }) {
                let event = candidates[index].event
                guard event.evaluatedOn >= product.certifiedOn else {
                    failures[index] = CheckFailure(code: "constraint-error", field: "evaluated_on")
                    continue
                }
                let after = event.starsAfter ?? stars
                let consistent = switch event.result {
                case .maintained: after == stars
                case .upgraded: after > stars
                case .downgraded: after < stars
                case .revoked: true
                }
                guard consistent else {
                    failures[index] = CheckFailure(code: "reevaluation-inconsistent", field: "result")
                    continue
                }
                stars = after
            }
        }
        // Uniqueness and the foreign key, in file order.
        var keys: Set<[String]> = []
        for (index, candidate) in candidates.enumerated() {
            let event = candidate.event
            let failure = failures[index]
                ?? (keys.insert([event.productID, event.evaluatedOn.description]).inserted ? nil
                    : CheckFailure(code: "unique-error", field: ""))
                ?? (products[event.productID] == nil ? CheckFailure(code: "foreign-key-error", field: "product_id") : nil)
            if let failure {
                reject(candidate.row, failure, into: &data)
            } else {
                data.reevaluations.append(event)
            }
        }
    }
}
