import Foundation
import StatpipeCore
import Testing

struct SchemaTests {
    private func schema(_ json: String) throws(SchemaError) -> TableSchema { try TableSchema(json: Data(json.utf8)) }

    private func error(_ json: String) -> SchemaError? {
        do {
            _ = try schema(json)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsBothKeySpellingsAndConstraints() throws {
        let parsed = try schema("""
            {"fields": [{"name": "id", "type": "string", "constraints": {"required": true, "pattern": "^[0-9]{3}$"}},
                        {"name": "n", "type": "integer", "constraints": {"minimum": 3, "maximum": 5, "enum": [3, 4, 5]}},
                        {"name": "p", "type": "quarter"}],
             "primaryKey": "id", "foreignKeys": [{"fields": ["id"], "reference": {"resource": "other", "fields": "code"}}],
             "missingValues": ["", "-"]}
            """)
        #expect(parsed.primaryKey == ["id"])
        #expect(parsed.foreignKeys == [ForeignKey(fields: ["id"], resource: "other", referenceFields: ["code"])])
        #expect(parsed.fields[0].constraints.required)
        #expect(parsed.fields[0].constraints.pattern?.matches("152") == true)
        #expect(parsed.fields[0].constraints.pattern?.matches("1520") == false)
        #expect(parsed.fields[1].constraints.minimum == .integer(3))
        #expect(parsed.missingValues == ["", "-"])
    }

    @Test func namesTheKeyAtFault() {
        #expect(error("{") == SchemaError(key: "", "not valid JSON"))
        #expect(error(#"{"fields": [{"name": "a", "type": "decimal"}]}"#)?.key == "fields[0].type")
        #expect(error(#"{"fields": [{"name": "a", "constraints": {"pattern": "(["}}]}"#)?.key == "fields[0].constraints.pattern")
        #expect(error(#"{"fields": [{"name": "a", "constraints": {"minLength": 2}}]}"#)?.key == "fields[0].constraints.minLength")
        #expect(error(#"{"fields": [{"name": "a"}], "primaryKey": ["b"]}"#)?.key == "primaryKey")
        #expect(error(#"{"fields": [{"name": "a", "type": "integer", "constraints": {"minimum": "x"}}]}"#)?.key == "fields[0].constraints.minimum")
        #expect(error(#"{"fields": [{"name": "a", "constraints": {"required": 1}}]}"#)?.key == "fields[0].constraints.required")
        #expect(error(#"{"fields": []}"#)?.key == "fields")
    }
}
