import Foundation
import StatpipeCore
import Testing

/// The per-row checks and the dataset judgement of SPEC §4, from strings.
struct ValidationRulesTests {
    static let productsSchema = """
        {"fields": [{"name": "product_id", "constraints": {"required": true}},
                    {"name": "district_code", "constraints": {"required": true}},
                    {"name": "stars", "type": "integer", "constraints": {"required": true, "minimum": 3, "maximum": 5}},
                    {"name": "certified_on", "type": "date", "constraints": {"required": true}},
                    {"name": "expires_on", "type": "date"}],
         "primaryKey": "product_id",
         "foreignKeys": [{"fields": "district_code", "reference": {"resource": "districts", "fields": "district_code"}}],
         "missingValues": ["", "-", ".."]}
        """
    static let reevaluationSchema = """
        {"fields": [{"name": "product_id", "constraints": {"required": true}},
                    {"name": "evaluated_on", "type": "date", "constraints": {"required": true}},
                    {"name": "result", "constraints": {"required": true, "enum": ["maintained", "upgraded", "downgraded", "revoked"]}},
                    {"name": "stars_after", "type": "integer", "constraints": {"minimum": 3, "maximum": 5}}],
         "primaryKey": ["product_id", "evaluated_on"],
         "foreignKeys": [{"fields": "product_id", "reference": {"resource": "ocop_products", "fields": "product_id"}}]}
        """

    private func schema(_ json: String) throws -> TableSchema { try TableSchema(json: Data(json.utf8)) }

    private func check(_ schema: TableSchema, header: [String], _ cells: [String], format: NumberFormat = NumberFormat()) throws -> Result<TypedRow, RowProblem> {
        let binding = try HeaderBinding.bind(header: header, to: schema).get()
        return RowChecker(schema: schema, binding: binding, format: format).check(cellCount: cells.count) { cells[$0] }
    }

    @Test func headerLabelsMatchAfterTrimAndCaseFoldInAnyOrder() throws {
        let binding = try HeaderBinding.bind(header: ["Stars ", "PRODUCT_ID", "district_code", "certified_on", "note"], to: schema(Self.productsSchema)).get()
        #expect(binding.columnOfField == [1, 2, 0, 3, nil])
        #expect(binding.extraLabels == ["note"])
    }

    @Test func labelProblemsInSPECOrder() throws {
        let products = try schema(Self.productsSchema)
        #expect(HeaderBinding.bind(header: ["product_id", " ", "stars"], to: products).failureCode == .blankLabel)
        #expect(HeaderBinding.bind(header: ["product_id", "Product_ID"], to: products).failureCode == .duplicateLabel)
        #expect(HeaderBinding.bind(header: ["product_id", "stars", "certified_on"], to: products).failureCode == .missingLabel)
    }

    @Test func rowShapeThenFieldsInSchemaOrder() throws {
        let products = try schema(Self.productsSchema)
        let header = ["product_id", "district_code", "stars", "certified_on"]
        #expect(try check(products, header: header, ["P1", "152", "4", "2024-01-01", "x"]).failureCode == .extraCell)
        #expect(try check(products, header: header, ["P1", "152", "4"]).failure == RowProblem(.missingCell, field: "certified_on", "row has 3 cells, the header has 4"))
        #expect(try check(products, header: header, ["P1", "-", "x", "2024-01-01"]).failure == RowProblem(.constraintError, field: "district_code", "district_code is required but empty"))
        #expect(try check(products, header: header, ["P1", "152", "x", "bad"]).failure == RowProblem(.typeError, field: "stars", "stars 'x' is not a valid integer"))
        #expect(try check(products, header: header, ["P1", "152", "6", "2024-01-01"]).failure == RowProblem(.constraintError, field: "stars", "stars 6 is above the maximum 5"))
        #expect(try check(products, header: header, ["P1", "152", "2", "2024-01-01"]).failure?.message == "stars 2 is below the minimum 3")
        #expect(try check(products, header: header, ["P1", "152", "4", "04/05/2024"]).get().values[3] == .date(try #require(CivilDate(parsing: "2024-05-04"))))
    }

    @Test func enumAndPatternAndLocalizedNumbers() throws {
        let accounts = try schema(#"""
            {"fields": [{"name": "sector", "constraints": {"enum": ["agriculture", "industry"]}},
                        {"name": "code", "constraints": {"pattern": "[0-9]{3}"}},
                        {"name": "value", "type": "number", "constraints": {"minimum": 0}}]}
            """#)
        let header = ["sector", "code", "value"]
        #expect(try check(accounts, header: header, ["mining", "152", "1"]).failure?.message == "sector 'mining' is not one of agriculture, industry")
        #expect(try check(accounts, header: header, ["industry", "15", "1"]).failure?.message == "code '15' does not match [0-9]{3}")
        let vietnamese = NumberFormat(decimalMark: ",", groupMark: ".")
        #expect(try check(accounts, header: header, ["industry", "152", "1.234,5"], format: vietnamese).get().values[2] == .number(try #require(ExactDecimal(parsing: "1234.5"))))
    }

    @Test func firstOccurrenceWinsAndForeignKeysSeeAcceptedParentsOnly() throws {
        let products = try schema(Self.productsSchema)
        let foreignKey = products.foreignKeys[0]
        var validator = DatasetValidator(name: "ocop_products", schema: products, rules: try OcopProductRules(schema: products),
                                         parentKeys: [foreignKey: ["152"]], referencedFieldLists: [["product_id"]])
        let row = { (id: String, district: String, expires: String?) in
            TypedRow(values: [.string(id), .string(district), .integer(4), .date(CivilDate(year: 2020, month: 2, day: 29)!), expires.flatMap(CivilDate.init(parsing:)).map(CellValue.date)])
        }
        guard case .accepted(let first) = validator.judge(row("P1", "152", nil), id: 0) else {
            Issue.record("P1 rejected")
            return
        }
        #expect(first.values[4] == .date(CivilDate(year: 2023, month: 2, day: 28)!))
        #expect(validator.judge(row("P1", "152", nil), id: 1).failureCode == .uniqueError)
        #expect(validator.judge(row("P2", "151", nil), id: 2).failureCode == .foreignKeyError)
        #expect(validator.judge(row("P3", "152", "2020-02-29"), id: 3).failure?.message == "expires_on 2020-02-29 is not after certified_on 2020-02-29")
        #expect(validator.acceptedKeys(["product_id"]).count == 1)
        #expect(validator.acceptedKeys(["product_id"]).contains(Array("P1".utf8)))
    }

    @Test func reevaluationsAreJudgedPerProductInDateOrder() throws {
        let schema = try schema(Self.reevaluationSchema)
        let facts = ["P1": ProductFacts(certifiedOn: CivilDate(year: 2024, month: 1, day: 10)!, stars: 3)]
        var validator = DatasetValidator(
            name: "ocop_reevaluations", schema: schema, rules: try OcopReevaluationRules(schema: schema, products: facts),
            parentKeys: [schema.foreignKeys[0]: ["P1"]]
        )
        let row = { (id: String, date: String, result: String, stars: Int?) in
            TypedRow(values: [.string(id), .date(CivilDate(parsing: date)!), .string(result), stars.map(CellValue.integer)])
        }
        // File order is not date order: the downgrade is judged after the upgrade it follows.
        let rows = [
            row("P1", "2024-09-01", "downgraded", 3),   // 4 → 3: consistent
            row("P1", "2024-06-01", "upgraded", 4),     // 3 → 4: consistent
            row("P1", "2024-12-01", "maintained", 4),   // 3 → 4 is not "maintained"
            row("P1", "2024-01-01", "maintained", 3),   // before certification
            row("P2", "2024-06-01", "maintained", 3),   // no such product
            row("P1", "2024-06-01", "upgraded", 4),     // duplicate key
            row("P1", "2025-01-01", "revoked", 4),      // revoked with stars
        ]
        for (id, candidate) in rows.enumerated() where id < 6 { #expect(validator.judge(candidate, id: id) == .deferred) }
        #expect(validator.judge(rows[6], id: 6).failure?.message == "stars_after must be empty when result is revoked")
        let verdicts = Dictionary(uniqueKeysWithValues: validator.judgeDeferred().map { ($0.id, $0.verdict) })
        #expect(verdicts[0].map { if case .accepted = $0 { true } else { false } } == true)
        #expect(verdicts[1].map { if case .accepted = $0 { true } else { false } } == true)
        #expect(verdicts[2]?.failure == RowProblem(.reevaluationInconsistent, field: "stars_after", "maintained from 3 stars cannot give stars_after 4"))
        #expect(verdicts[3]?.failure?.field == "evaluated_on")
        #expect(verdicts[4]?.failureCode == .foreignKeyError)
        #expect(verdicts[5]?.failureCode == .uniqueError)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension Result where Failure == RowProblem {
    var failureCode: ErrorCode? { failure?.code }
}

extension Verdict {
    var failure: RowProblem? {
        if case .rejected(let problem) = self { return problem }
        return nil
    }

    var failureCode: ErrorCode? { failure?.code }
}
