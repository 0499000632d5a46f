#if canImport(Glibc)
import Glibc
#endif

/// An exact set of byte-string keys, stored compactly: every key's bytes in one arena and
/// an open-addressing table of 8-byte slots that point into it.
///
/// It holds the primary-key index of a dataset, which is the one structure whose memory
/// grows with the input (SPEC §8): a `Set<String>` costs a heap object per key, this costs
/// the key's bytes, a 4-byte start and 1.4 to 2.9 slots of 8 bytes. Keys are compared byte
/// for byte, never by hash alone, so two different keys can never be mistaken for a duplicate.
///
/// Every key also has an ordinal, its 0-based insertion rank, so the index can intern
/// values (``ordinal(of:)``): a composite key can then be stored as fixed-width ordinals.
/// A value type: copies share storage until one of them adds a key.
public struct KeyIndex: Sendable, ExpressibleByArrayLiteral {
    private var storage: Storage

    /// The number of keys.
    public var count: Int { storage.count }

    /// The bytes the index holds (arena, key starts and slot table), for reporting memory.
    public var byteCount: Int { storage.byteCount }

    /// Creates an empty index; it allocates nothing until the first key is added.
    public init() {
        storage = Storage.empty
    }

    /// Creates an index holding the UTF-8 bytes of `keys`.
    public init(arrayLiteral keys: String...) {
        self.init()
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
        intern(key, hash: Self.hash(key)).inserted
    }

    /// Inserts `key` whose ``hash(_:)`` was computed elsewhere (say, on another thread);
    /// returns false when it was already present.
    @discardableResult
    public mutating func insert(_ key: UnsafeRawBufferPointer, hash: UInt64) -> Bool {
        intern(key, hash: hash).inserted
    }

    /// The 0-based insertion rank of `key`, inserting it first when absent: the first key
    /// ever inserted is 0, the next new one 1, and so on.
    public mutating func ordinal(of key: UnsafeRawBufferPointer) -> UInt32 {
        intern(key, hash: Self.hash(key)).ordinal
    }

    /// ``ordinal(of:)`` for a key whose ``hash(_:)`` was computed elsewhere.
    public mutating func ordinal(of key: UnsafeRawBufferPointer, hash: UInt64) -> UInt32 {
        intern(key, hash: hash).ordinal
    }

    /// True when `key` is present.
    public func contains(_ key: [UInt8]) -> Bool {
        key.withUnsafeBytes { contains($0) }
    }

    /// True when `key` is present.
    public func contains(_ key: UnsafeRawBufferPointer) -> Bool {
        contains(key, hash: Self.hash(key))
    }

    /// True when `key`, whose ``hash(_:)`` was computed elsewhere, is present.
    public func contains(_ key: UnsafeRawBufferPointer, hash: UInt64) -> Bool {
        assert(hash == Self.hash(key), "hash is not KeyIndex.hash(key)")
        return storage.find(key, tag: Self.tag(hash)).ordinal != nil
    }

    /// Finds `key` or adds it: its ordinal, and whether it was added.
    private mutating func intern(_ key: UnsafeRawBufferPointer, hash: UInt64) -> (ordinal: UInt32, inserted: Bool) {
        assert(hash == Self.hash(key), "hash is not KeyIndex.hash(key)")
        let tag = Self.tag(hash)
        let found = storage.find(key, tag: tag)
        if let ordinal = found.ordinal { return (ordinal, false) }
        // Copy on write only when something is written; the copy keeps the slot layout,
        // so the slot just found is still the right one.
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return (storage.add(key, tag: tag, at: found.slot), true)
    }

    /// The 32 bits of a hash that a slot keeps: its high half.
    ///
    /// A key's home slot is the tag's low bits, so the table grows without reading any key
    /// again; keys sharing a home still differ in the other 32 − log2(slots) tag bits, and
    /// the bytes decide in the end.
    private static func tag(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 32)
    }

    /// A 64-bit hash of `key`, in the style of wyhash.
    ///
    /// It reads 16 bytes per multiply and the last 16 (or fewer) as overlapping words, where
    /// FNV-1a spent a multiply per byte. Deterministic (fixed seed), so the table layout, and
    /// hence its cost, is the same on every run; not meant to resist crafted collisions.
    public static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
        let secret0: UInt64 = 0xa076_1d64_78bd_642f
        let secret1: UInt64 = 0xe703_7ed1_a0b4_28db
        let length = key.count
        var seed: UInt64 = 0x8ebc_6af0_9c88_c6e3
        var a: UInt64 = 0
        var b: UInt64 = 0
        if let bytes = key.baseAddress, length > 0 {
            if length > 16 {
                var offset = 0
                while length - offset > 16 {
                    seed = mix(word64(bytes, offset) ^ secret1, word64(bytes, offset + 8) ^ seed)
                    offset += 16
                }
                a = word64(bytes, length - 16)
                b = word64(bytes, length - 8)
            } else if length >= 4 {
                // Two overlapping 4-byte reads at each end cover every byte of 4...16.
                let inner = (length >> 3) << 2
                a = word32(bytes, 0) << 32 | word32(bytes, inner)
                b = word32(bytes, length - 4) << 32 | word32(bytes, length - 4 - inner)
            } else {
                a =
                    UInt64(bytes.load(as: UInt8.self)) << 16
                    | UInt64(bytes.load(fromByteOffset: length >> 1, as: UInt8.self)) << 8
                    | UInt64(bytes.load(fromByteOffset: length - 1, as: UInt8.self))
            }
        }
        let product = (a ^ secret1).multipliedFullWidth(by: b ^ seed)
        return mix(product.low ^ secret0 ^ UInt64(length), product.high ^ secret1)
    }

    /// Multiplies to 128 bits and folds the halves: every input bit reaches the output.
    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// Eight bytes at `offset`, little-endian whatever the machine.
    @inline(__always)
    private static func word64(_ bytes: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Four bytes at `offset`, little-endian whatever the machine.
    @inline(__always)
    private static func word32(_ bytes: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }
}

extension KeyIndex {
    /// The memory behind a ``KeyIndex``, managed by hand: growing the arena is a `realloc`
    /// (an `mremap` for large blocks, so no copy and no doubled peak), and probing reads
    /// raw pointers, without bounds or exclusivity checks.
    ///
    /// Unchecked `Sendable` because only a ``KeyIndex`` that holds the sole reference
    /// writes to it; shared instances are only read.
    fileprivate final class Storage: @unchecked Sendable {
        /// The storage of every empty index, so `KeyIndex()` allocates nothing; never
        /// written, since this reference keeps it from being uniquely referenced.
        static let empty = Storage(slotCount: 16, byteCapacity: 0, keyCapacity: 0)

        /// Every key's bytes, back to back in insertion order.
        private var bytes: UnsafeMutableRawPointer
        private var byteCapacity: Int
        /// `starts[i]` is where key `i` begins in `bytes` and `starts[count]` where the keys
        /// end: a key's length needs no prefix, and its ordinal is its place here.
        private var starts: UnsafeMutablePointer<UInt32>
        private var keyCapacity: Int
        /// Slot → the key's tag (high half) and its ordinal plus one (low half); 0 is empty.
        ///
        /// The tag lets a probe skip other keys without reading the arena.
        private var slots: UnsafeMutablePointer<UInt64>
        private var mask: Int
        private(set) var count = 0

        /// The bytes allocated.
        var byteCount: Int { byteCapacity + (keyCapacity + 1) * 4 + (mask + 1) * 8 }

        /// Allocates an empty storage of `slotCount` (a power of two) slots.
        private init(slotCount: Int, byteCapacity: Int, keyCapacity: Int) {
            bytes = Self.allocate(byteCapacity)
            self.byteCapacity = byteCapacity
            starts = Self.allocate((keyCapacity + 1) * 4).bindMemory(to: UInt32.self, capacity: keyCapacity + 1)
            starts[0] = 0
            self.keyCapacity = keyCapacity
            guard let table = calloc(slotCount, 8) else { fatalError("key index: out of memory") }
            slots = table.bindMemory(to: UInt64.self, capacity: slotCount)
            mask = slotCount - 1
        }

        deinit {
            free(bytes)
            free(starts)
            free(slots)
        }

        /// A storage with the same keys, ordinals and slot layout.
        func copy() -> Storage {
            let copy = Storage(slotCount: mask + 1, byteCapacity: Int(starts[count]), keyCapacity: count)
            copy.bytes.copyMemory(from: bytes, byteCount: Int(starts[count]))
            copy.starts.update(from: starts, count: count + 1)
            copy.slots.update(from: slots, count: mask + 1)
            copy.count = count
            return copy
        }

        /// The ordinal of `key` when present, else the empty slot where it belongs.
        @inline(__always)
        func find(_ key: UnsafeRawBufferPointer, tag: UInt32) -> (slot: Int, ordinal: UInt32?) {
            var slot = Int(tag) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return (slot, nil) }
                if UInt32(truncatingIfNeeded: entry >> 32) == tag {
                    let ordinal = UInt32(truncatingIfNeeded: entry) &- 1
                    if holds(ordinal, key) { return (slot, ordinal) }
                }
                slot = (slot &+ 1) & mask
            }
        }

        /// True when the key of `ordinal` has exactly the bytes of `key`.
        @inline(__always)
        private func holds(_ ordinal: UInt32, _ key: UnsafeRawBufferPointer) -> Bool {
            let start = Int(starts[Int(ordinal)])
            let length = Int(starts[Int(ordinal) + 1]) - start
            guard length == key.count else { return false }
            guard length > 0, let wanted = key.baseAddress else { return true }
            return memcmp(bytes + start, wanted, length) == 0
        }

        /// Adds `key` (absent) at the empty `slot` that ``find(_:tag:)`` gave; its ordinal.
        func add(_ key: UnsafeRawBufferPointer, tag: UInt32, at slot: Int) -> UInt32 {
            let start = Int(starts[count])
            let end = start + key.count
            precondition(end <= Int(UInt32.max) && count < Int(UInt32.max) - 1, "key index above 4 GiB or 2^32 keys")
            if end > byteCapacity {
                byteCapacity = max(end, byteCapacity + byteCapacity / 2, 256)
                bytes = Self.reallocate(bytes, byteCapacity)
            }
            if count == keyCapacity {
                keyCapacity = max(keyCapacity + keyCapacity / 2, 16)
                starts = Self.reallocate(starts, (keyCapacity + 1) * 4).assumingMemoryBound(to: UInt32.self)
            }
            if let source = key.baseAddress { (bytes + start).copyMemory(from: source, byteCount: key.count) }
            let ordinal = UInt32(count)
            starts[count + 1] = UInt32(end)
            slots[slot] = UInt64(tag) << 32 | UInt64(ordinal + 1)
            count += 1
            if count * 10 > (mask + 1) * 7 { growSlots() }
            return ordinal
        }

        /// Doubles the slot table, keeping the load factor at most 0.7.
        ///
        /// Each entry's home comes from its stored tag, so no key is read or hashed again.
        private func growSlots() {
            let slotCount = (mask + 1) * 2
            precondition(slotCount <= 1 << 32, "key index above 2^32 slots")
            guard let table = calloc(slotCount, 8) else { fatalError("key index: out of memory") }
            let larger = table.bindMemory(to: UInt64.self, capacity: slotCount)
            let largerMask = slotCount - 1
            for old in 0...mask where slots[old] != 0 {
                var slot = Int(slots[old] >> 32) & largerMask
                while larger[slot] != 0 { slot = (slot &+ 1) & largerMask }
                larger[slot] = slots[old]
            }
            free(slots)
            slots = larger
            mask = largerMask
        }

        /// `malloc` that never returns null (nor a null for 0 bytes).
        private static func allocate(_ byteCount: Int) -> UnsafeMutableRawPointer {
            guard let memory = malloc(max(byteCount, 1)) else { fatalError("key index: out of memory") }
            return memory
        }

        /// `realloc` that never returns null.
        private static func reallocate(_ memory: UnsafeMutableRawPointer, _ byteCount: Int) -> UnsafeMutableRawPointer {
            guard let larger = realloc(memory, byteCount) else { fatalError("key index: out of memory") }
            return larger
        }

        /// `realloc` of typed memory, which stays bound to its type.
        private static func reallocate<T>(_ memory: UnsafeMutablePointer<T>, _ byteCount: Int)
            -> UnsafeMutableRawPointer
        {
            reallocate(UnsafeMutableRawPointer(memory), byteCount)
        }
    }
}
