#if canImport(Glibc)
import Glibc
#endif

/// An exact set of byte-string keys, stored compactly: every key's bytes in one arena and
/// an open-addressing table of offsets into it.
///
/// It holds the primary-key index of a dataset, which is the one structure whose memory
/// grows with the input (SPEC §8): a `Set<String>` costs a heap object per key, this costs
/// the key's bytes plus about 12 bytes. Keys are compared byte for byte, never by hash
/// alone, so two different keys can never be mistaken for a duplicate.
public struct KeyIndex: Sendable, ExpressibleByArrayLiteral {
    private var arena: [UInt8] = []
    /// Slot → the key's 32-bit hash (high half) and the arena offset of its length prefix
    /// plus one (low half); 0 marks an empty slot. The hash lets a probe skip other keys
    /// without reading the arena, and lets the table grow without rehashing the bytes.
    private var slots: [UInt64] = Array(repeating: 0, count: 16)
    public private(set) var count = 0

    public init() {}

    public init(arrayLiteral keys: String...) {
        for key in keys { insert(Array(key.utf8)) }
    }

    /// Inserts `key`; returns false when it was already present.
    @discardableResult
    public mutating func insert(_ key: [UInt8]) -> Bool {
        key.withUnsafeBytes { insert($0) }
    }

    /// Inserts `key`; returns false when it was already present.
    @discardableResult
    public mutating func insert(_ key: UnsafeRawBufferPointer) -> Bool {
        let hash = Self.hash(key)
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            if matches(slots[slot], hash, key) { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
        precondition(arena.count < Int(UInt32.max), "key index arena above 4 GiB")
        slots[slot] = UInt64(hash) << 32 | (UInt64(arena.count) + 1)
        var length = UInt32(key.count)
        withUnsafeBytes(of: &length) { arena.append(contentsOf: $0) }
        arena.append(contentsOf: key)
        count += 1
        if count * 10 > slots.count * 7 { grow() }
        return true
    }

    /// True when `key` is present.
    public func contains(_ key: [UInt8]) -> Bool {
        key.withUnsafeBytes { contains($0) }
    }

    /// True when `key` is present.
    public func contains(_ key: UnsafeRawBufferPointer) -> Bool {
        let hash = Self.hash(key)
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            if matches(slots[slot], hash, key) { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    private func matches(_ entry: UInt64, _ hash: UInt32, _ key: UnsafeRawBufferPointer) -> Bool {
        guard UInt32(entry >> 32) == hash else { return false }
        let offset = Int(entry & 0xFFFF_FFFF) - 1
        return arena.withUnsafeBytes { bytes in
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            guard length == key.count else { return false }
            guard length > 0 else { return true }
            guard let stored = bytes.baseAddress, let wanted = key.baseAddress else { return false }
            return memcmp(stored + offset + 4, wanted, length) == 0
        }
    }

    private mutating func grow() {
        precondition(slots.count < 1 << 32, "key index above 2^32 slots")
        var larger = [UInt64](repeating: 0, count: slots.count * 2)
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & (larger.count - 1)
            while larger[slot] != 0 { slot = (slot + 1) & (larger.count - 1) }
            larger[slot] = entry
        }
        slots = larger
    }

    /// FNV-1a folded to 32 bits: deterministic, fast on short keys, only used to pick a
    /// slot and to skip keys that cannot match.
    private static func hash(_ key: UnsafeRawBufferPointer) -> UInt32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
