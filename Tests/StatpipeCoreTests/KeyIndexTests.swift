import Foundation
import StatpipeCore
import Testing

/// The exact key set behind primary, unique and foreign keys, and the composite primary
/// key it interns.
struct KeyIndexTests {
    /// The UTF-8 bytes of `text`.
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The hash of `key`.
    private func hash(_ key: [UInt8]) -> UInt64 { key.withUnsafeBytes { KeyIndex.hash($0) } }

    @Test func manyKeysSurviveGrowth() {
        var index = KeyIndex()
        let keys = (0..<200_000).map { bytes("159\u{1F}thôn \($0)\u{1F}2024-Q\($0 % 4 + 1)") }
        #expect(keys.map { index.insert($0) }.allSatisfy { $0 })
        #expect(index.count == keys.count)
        #expect(keys.allSatisfy(index.contains))
        #expect(!keys.map { index.insert($0) }.contains(true))
        #expect(!(200_000..<201_000).contains { index.contains(bytes("159\u{1F}thôn \($0)\u{1F}2024-Q1")) })
        #expect(index.count == keys.count)
        // The load factor stays at most 0.7: 200,000 keys need 2^19 slots of 8 bytes.
        #expect(index.byteCount >= (1 << 19) * 8 + keys.reduce(0) { $0 + $1.count })
    }

    @Test func keysThatDifferByLittleAreDistinct() {
        let long = bytes(String(repeating: "HTX nông nghiệp, thôn 12, xã Chi Nê", count: 3))
        // Every prefix of a long key: each length of the hash's short, medium and long paths,
        // keys that are prefixes of one another, and the empty key.
        var keys = (0...long.count).map { Array(long[..<$0]) }
        keys += [bytes("a"), bytes("a\u{0}"), bytes("\u{0}"), bytes("\u{0}\u{0}")]
        keys += (0..<64).map { long + [UInt8($0)] }  // differ only in the last byte
        keys += (0..<64).map { [UInt8($0)] + long }  // differ only in the first byte
        var index = KeyIndex()
        #expect(keys.map { index.insert($0) }.allSatisfy { $0 })
        #expect(!keys.map { index.insert($0) }.contains(true))
        #expect(index.count == keys.count)
        #expect(index.contains([]))
        #expect(index.contains(bytes("a")) && index.contains(bytes("a\u{0}")))
        #expect(!index.contains(bytes("\u{0}\u{0}\u{0}")))
        #expect(Set(keys.map(hash)).count == keys.count)
    }

    @Test func keysWithTheSameTagAreComparedByTheirBytes() throws {
        // The slot keeps the hash's high 32 bits: find two keys that share them.
        var seen: [UInt64: [UInt8]] = [:]
        var pair: ([UInt8], [UInt8])?
        for number in 0..<400_000 where pair == nil {
            let key = bytes("P\(number)")
            if let other = seen.updateValue(key, forKey: hash(key) >> 32) { pair = (other, key) }
        }
        let (first, second) = try #require(pair)
        #expect(hash(first) != hash(second))
        var index: KeyIndex = []
        let firstIsNew = index.insert(first)
        #expect(firstIsNew && !index.contains(second))
        let secondIsNew = index.insert(second)
        #expect(secondIsNew)
        #expect(index.contains(first) && index.contains(second) && index.count == 2)
    }

    @Test func copiesDoNotShareWrites() {
        var original: KeyIndex = ["x"]
        var copy = original
        let inserted = copy.insert(bytes("y"))
        #expect(inserted)
        #expect(original.count == 1 && !original.contains(bytes("y")))
        #expect(copy.count == 2 && copy.contains(bytes("x")))
        for number in 0..<10_000 { original.insert(bytes("k\(number)")) }
        #expect(!copy.contains(bytes("k1")) && copy.count == 2)
        var grown = original
        let present = !grown.insert(bytes("k5"))  // a present key does not copy, and cannot matter
        let absent = grown.insert(bytes("z"))
        #expect(present && absent)
        #expect(!original.contains(bytes("z")) && original.count == 10_001)
        #expect(grown.count == 10_002 && grown.contains(bytes("k9999")))
        #expect(KeyIndex().count == 0 && !KeyIndex().contains([]))
    }

    @Test func ordinalsAreInsertionRanks() {
        var index = KeyIndex()
        let ordinal = { (index: inout KeyIndex, text: String) in
            Array(text.utf8).withUnsafeBytes { index.ordinal(of: $0) }
        }
        #expect(ordinal(&index, "b") == 0)
        #expect(ordinal(&index, "") == 1)
        index.insert(bytes("a"))
        #expect([ordinal(&index, "b"), ordinal(&index, "a"), ordinal(&index, "c")] == [0, 2, 3])
        var copy = index
        #expect([ordinal(&copy, "d"), ordinal(&copy, "a")] == [4, 2])
        #expect(ordinal(&index, "e") == 4)
        let many = (0..<50_000).map { ordinal(&index, "n\($0)") }
        #expect(many == (0..<50_000).map { UInt32(5 + $0) })
        #expect([ordinal(&index, "n0"), ordinal(&index, "e"), ordinal(&copy, "e")] == [5, 4, 5])
        #expect(index.count == 50_005 && copy.count == 6)
    }

    @Test func precomputedHashesAgreeWithThePlainForms() {
        var plain = KeyIndex()
        var hashed = KeyIndex()
        for number in 0..<5_000 {
            let key = bytes("\(number % 3_000)\u{1F}industry")
            key.withUnsafeBytes { key in
                let hash = KeyIndex.hash(key)
                #expect(plain.contains(key) == hashed.contains(key, hash: hash))
                let inserted = (plain.insert(key), hashed.insert(key, hash: hash))
                #expect(inserted.0 == inserted.1)
                let ordinals = (plain.ordinal(of: key), hashed.ordinal(of: key, hash: hash))
                #expect(ordinals.0 == ordinals.1)
            }
        }
        #expect(plain.count == 3_000 && hashed.count == 3_000)
    }

    @Test func theHashIsFixed() {
        // The seed is fixed, so the same bytes hash alike in every run and process.
        #expect(hash(bytes("159\u{1F}2024-Q3")) == hash(bytes("159\u{1F}2024-Q3")))
        let empty = bytes("abc").withUnsafeBytes { KeyIndex.hash(UnsafeRawBufferPointer(rebasing: $0[1..<1])) }
        #expect(empty == hash([]))
        #expect(hash([]) == 0x4a72_5bfb_5390_b003)
        #expect(hash(bytes("HTX nông nghiệp, thôn 12, xã Chi Nê")) == 0x5837_06f0_8aef_1868)
    }

    @Test func compositePrimaryKeysAreInternedExactly() throws {
        let json = #"""
            {"fields": [{"name": "district_code"}, {"name": "unit"}, {"name": "quarter", "type": "quarter"}],
             "primaryKey": ["district_code", "unit", "quarter"]}
            """#
        var validator = DatasetValidator(name: "accounts", schema: try TableSchema(json: Data(json.utf8)))
        let row = { (district: String, unit: String?, quarter: String) in
            let period = Quarter(parsing: quarter).map(CellValue.quarter)
            return TypedRow(values: [.string(district), unit.map(CellValue.string), period])
        }
        let duplicate = { (readable: String) in
            let names = "district_code, unit, quarter"
            return Verdict.rejected(RowProblem(.uniqueError, "duplicate primary key (\(names)) = (\(readable))"))
        }
        let rows = [
            row("159", "HTX Chi Nê", "2024-Q3"),
            row("159", "HTX Chi Nê", "2024-Q4"),
            row("15", "9HTX Chi Nê", "2024-Q3"),  // the same bytes once concatenated
            row("159", nil, "2024-Q3"),
            row("159", "", "2024-Q4"),
            row("1\u{1F}5", "9", "2024-Q3"),  // the separator inside a value
            row("1", "5\u{1F}9", "2024-Q3"),
        ]
        for (id, candidate) in rows.enumerated() { #expect(validator.judge(candidate, id: id) == .accepted(candidate)) }
        #expect(validator.judge(row("159", "HTX Chi Nê", "2024-Q3"), id: 7) == duplicate("159, HTX Chi Nê, 2024-Q3"))
        // An empty value equals another empty value, whether nil or "".
        #expect(validator.judge(row("159", "", "2024-Q3"), id: 8) == duplicate("159, , 2024-Q3"))
        #expect(validator.judge(row("159", nil, "2024-Q4"), id: 9) == duplicate("159, , 2024-Q4"))
        // Rejected rows changed nothing: a new key is still accepted, an old one still a duplicate.
        let next = row("160", "HTX Chi Nê", "2024-Q3")
        #expect(validator.judge(next, id: 10) == .accepted(next))
        #expect(validator.judge(row("15", "9HTX Chi Nê", "2024-Q3"), id: 11) == duplicate("15, 9HTX Chi Nê, 2024-Q3"))
    }

    @Test func singleFieldPrimaryKeysKeepTheirMessage() throws {
        let schema = try TableSchema(
            json: Data(#"{"fields": [{"name": "product_id"}], "primaryKey": "product_id"}"#.utf8)
        )
        var validator = DatasetValidator(name: "products", schema: schema)
        let row = TypedRow(values: [.string("P1")])
        #expect(validator.judge(row, id: 0) == .accepted(row))
        #expect(
            validator.judge(row, id: 1)
                == .rejected(RowProblem(.uniqueError, field: "product_id", "duplicate primary key (product_id) = (P1)"))
        )
    }
}
