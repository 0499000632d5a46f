import StatpipeCore
import Testing

struct JSONValueTests {
    @Test func keepsKeyOrderAndEscapesText() {
        let value = JSONValue.object([
            ("z", .string("a\"b\\c\nd\u{1}")), ("a", .array([.int(1), .null, .bool(true)])), ("v", .string("Hòa Bình")),
        ])
        #expect(value.serialized() == #"{"z":"a\"b\\c\nd\u0001","a":[1,null,true],"v":"Hòa Bình"}"#)
    }
}
