/// An exact decimal with three fraction digits, stored as an integer count of thousandths.
///
/// Values of economic_accounts are VND billion "with up to 3 decimals"; holding them as
/// integers keeps every sum and comparison exact, as SPEC §5 requires of the pipeline.
struct Thousandths: Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    var raw: Int64

    init(raw: Int64) {
        self.raw = raw
    }

    /// The nearest value to `value` (ties away from zero).
    init(rounding value: Double) {
        raw = Int64((value * 1000).rounded(.toNearestOrAwayFromZero))
    }

    static let zero = Thousandths(raw: 0)

    static func + (lhs: Thousandths, rhs: Thousandths) -> Thousandths {
        Thousandths(raw: lhs.raw + rhs.raw)
    }

    static func - (lhs: Thousandths, rhs: Thousandths) -> Thousandths {
        Thousandths(raw: lhs.raw - rhs.raw)
    }

    static func < (lhs: Thousandths, rhs: Thousandths) -> Bool {
        lhs.raw < rhs.raw
    }

    /// The value as a `Double`, for the generator's models (never for verification).
    var approximate: Double {
        Double(raw) / 1000
    }

    /// Plain notation with three decimals, `1234.500`.
    var description: String {
        NumberStyle.plain.format(self)
    }
}

extension Sequence where Element == Thousandths {
    /// The exact sum.
    func sum() -> Thousandths {
        reduce(.zero, +)
    }
}
