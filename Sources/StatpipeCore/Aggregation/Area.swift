/// A reporting area: a district of the reference list, or the province (their sum).
public struct Area: Sendable, Hashable {
    public let code: String
    public let name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// The areas of every per-area table, in their order: the province, then the districts by code.
public struct AreaList: Sendable {
    public let province: Area
    /// The districts of the reference list, sorted by code.
    public let districts: [Area]

    public init(province: Province, districts: [Area]) {
        self.province = Area(code: province.code, name: province.name)
        self.districts = districts.sorted { $0.code < $1.code }
    }

    /// The province first, then the districts.
    public var all: [Area] { [province] + districts }
}
