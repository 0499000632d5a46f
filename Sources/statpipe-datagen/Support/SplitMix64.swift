/// A SplitMix64 pseudo-random generator: a fixed seed gives the same sequence on every run.
///
/// The generated data must be byte-identical from one run to the next, so nothing here reads
/// the clock or the system's entropy, and nothing relies on the standard library's random
/// algorithms (which may change between toolchains): ranges, shuffles and picks are defined here.
/// Each part of a corpus draws from its own stream (`derived(_:)`), so adding draws to one part
/// does not shift the numbers of another.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An independent stream for one named part of a corpus (FNV-1a of the label mixed into the seed).
    func derived(_ label: String) -> SplitMix64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in label.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var mixer = SplitMix64(seed: state ^ hash)
        return SplitMix64(seed: mixer.next())
    }

    /// A uniform integer in `range` (the modulo bias is below 2⁻⁴⁰ for the small ranges used here).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % width)
    }

    /// A uniform number in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform number in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty collection.
    mutating func pick<C: RandomAccessCollection>(_ elements: C) -> C.Element where C.Index == Int {
        precondition(!elements.isEmpty, "pick from an empty collection")
        return elements[elements.startIndex + int(in: 0...(elements.count - 1))]
    }

    /// The elements in a random order (Fisher–Yates).
    mutating func shuffled<T>(_ elements: [T]) -> [T] {
        var result = elements
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(in: 0...index))
        }
        return result
    }
}
