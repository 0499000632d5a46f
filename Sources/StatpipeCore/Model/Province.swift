/// The province a pipeline reports on: its GSO code and name (never hard-wired).
public struct Province: Sendable, Hashable {
    /// The GSO province code, e.g. `17`.
    public let code: String
    /// The name as printed in the bulletin, e.g. `Hòa Bình`.
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}
