/// Sums of accepted `economic_accounts` rows by district, quarter and sector.
///
/// Unit-level rows add into their district. Accumulators are mergeable: files can be
/// summed apart (concurrently) and merged in any order with the same result, since
/// decimal addition is exact.
public struct GrowthAccumulator: Sendable, Equatable {
    /// The sums of one district in one quarter.
    public struct QuarterSums: Sendable, Equatable {
        /// Σ value_constant by sector.
        public var constant: [String: ExactDecimal] = [:]
        /// Σ value_current by sector.
        public var current: [String: ExactDecimal] = [:]
        /// True when some row had no value_current (current-price shares are then undefined).
        public var lacksCurrent = false

        mutating func add(sector: String, constant: ExactDecimal, current: ExactDecimal?) {
            self.constant[sector, default: .zero] = self.constant[sector, default: .zero] + constant
            if let current {
                self.current[sector, default: .zero] = self.current[sector, default: .zero] + current
            } else {
                lacksCurrent = true
            }
        }

        mutating func merge(_ other: QuarterSums) {
            constant.merge(other.constant, uniquingKeysWith: +)
            current.merge(other.current, uniquingKeysWith: +)
            lacksCurrent = lacksCurrent || other.lacksCurrent
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
