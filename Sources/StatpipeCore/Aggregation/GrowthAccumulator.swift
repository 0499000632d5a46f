/// Sums of accepted `economic_accounts` rows by district, quarter and sector.
///
/// Unit-level rows add into their district. Accumulators are mergeable: files can be
/// summed apart (concurrently) and merged in any order with the same result, since
/// decimal addition is exact.
public struct GrowthAccumulator: Sendable, Equatable {
    /// The sums of one district in one quarter.
    public struct QuarterSums: Sendable, Equatable {
        /// Σ value_constant by sector.
        public var constant: [String: ExactDecimal] { Dictionary(uniqueKeysWithValues: zip(sectors, constantSums)) }
        /// Σ value_current by sector.
        public var current: [String: ExactDecimal] {
            Dictionary(uniqueKeysWithValues: zip(sectors, currentSums).compactMap { sector, sum in sum.map { (sector, $0) } })
        }
        /// True when some row had no value_current (current-price shares are then undefined).
        public var lacksCurrent = false

        // A handful of sectors, searched linearly: comparing short strings is much cheaper
        // than hashing them for every one of millions of rows.
        private var sectors: [String] = []
        private var constantSums: [ExactDecimal] = []
        private var currentSums: [ExactDecimal?] = []

        mutating func add(sector: String, constant: ExactDecimal, current: ExactDecimal?) {
            let slot = slot(of: sector)
            constantSums[slot] = constantSums[slot] + constant
            if let current {
                currentSums[slot] = (currentSums[slot] ?? .zero) + current
            } else {
                lacksCurrent = true
            }
        }

        mutating func merge(_ other: QuarterSums) {
            for (index, sector) in other.sectors.enumerated() {
                let slot = slot(of: sector)
                constantSums[slot] = constantSums[slot] + other.constantSums[index]
                if let current = other.currentSums[index] { currentSums[slot] = (currentSums[slot] ?? .zero) + current }
            }
            lacksCurrent = lacksCurrent || other.lacksCurrent
        }

        /// The position of `sector`, added on first sight.
        private mutating func slot(of sector: String) -> Int {
            if let index = sectors.firstIndex(of: sector) { return index }
            sectors.append(sector)
            constantSums.append(.zero)
            currentSums.append(nil)
            return sectors.count - 1
        }

        /// Equal sums, whatever order the sectors were first seen in.
        public static func == (lhs: QuarterSums, rhs: QuarterSums) -> Bool {
            lhs.constant == rhs.constant && lhs.current == rhs.current && lhs.lacksCurrent == rhs.lacksCurrent
        }
    }

    private struct Key: Hashable, Sendable {
        let district: String
        let quarter: Quarter
    }

    private var sums: [Key: QuarterSums] = [:]

    public init() {}

    /// Adds one accepted row.
    public mutating func add(district: String, quarter: Quarter, sector: String, constant: ExactDecimal, current: ExactDecimal?) {
        sums[Key(district: district, quarter: quarter), default: QuarterSums()]
            .add(sector: sector, constant: constant, current: current)
    }

    /// Adds everything `other` summed.
    public mutating func merge(_ other: GrowthAccumulator) {
        for (key, value) in other.sums { sums[key, default: QuarterSums()].merge(value) }
    }

    /// The sums of `district` in `quarter`, or nil when it has no accepted row for it.
    public func sums(of district: String, in quarter: Quarter) -> QuarterSums? {
        sums[Key(district: district, quarter: quarter)]
    }

    /// True when `district` has an accepted row for `quarter`.
    public func reported(_ district: String, _ quarter: Quarter) -> Bool {
        sums[Key(district: district, quarter: quarter)] != nil
    }

    /// True when no district has an accepted row for `quarter`.
    public func isEmpty(for quarter: Quarter) -> Bool {
        !sums.keys.contains { $0.quarter == quarter }
    }
}
