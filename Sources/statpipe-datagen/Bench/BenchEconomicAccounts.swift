import Foundation
import StatpipeCore

/// The unit-level economic_accounts rows of the benchmark corpus, and how they are streamed into files.
///
/// Every district reports every quarter and sector for each of its units, so the rows are
/// valid and unique on (district_code, unit_id, period, sector) by construction. Rows are
/// written straight from their key to bytes: nothing grows with the corpus but the counters.
struct BenchEconomicAccounts {
    /// One file to write: its path under the data root, and the districts and quarters (indices) it holds.
    struct FilePlan {
        let path: String
        let districts: [Int]
        let quarters: [Int]
    }

    /// Rows and bytes written.
    struct Totals {
        var files = 0
        var rows = 0
        var bytes = 0

        static func + (lhs: Totals, rhs: Totals) -> Totals {
            Totals(files: lhs.files + rhs.files, rows: lhs.rows + rhs.rows, bytes: lhs.bytes + rhs.bytes)
        }
    }

    let districts: [District]
    let quarters: [Quarter]
    let unitsPerDistrict: Int
    private let values: BenchValues
    private let namers: [UnitNamer]
    private let districtFields: [[UInt8]]
    private let periodFields: [[UInt8]]
    private static let sectorFields = Sector.allCases.map { Array("\($0.rawValue),".utf8) }
    private static let header = Array((Dataset.economicAccounts.fields.joined(separator: ",") + "\n").utf8)

    init(districts: [District], quarters: [Quarter], unitsPerDistrict: Int, seed: SplitMix64) {
        self.districts = districts
        self.quarters = quarters
        self.unitsPerDistrict = unitsPerDistrict
        var valueSeed = seed.derived("bench-values")
        values = BenchValues(seed: valueSeed.next())
        var nameSeed = seed.derived("bench-unit-names")
        let namerSeed = nameSeed.next()
        namers = districts.indices.map { UnitNamer(district: districts[$0], districtIndex: $0, seed: namerSeed) }
        districtFields = districts.map { Array("\($0.code),".utf8) }
        periodFields = quarters.map { Array("\($0),".utf8) }
    }

    /// The rows of `districts` × `quarters` with as many units per district as it takes to write
    /// about `targetBytes`.
    static func sized(districts: [District], quarters: [Quarter], seed: SplitMix64,
                      toBytes targetBytes: Int) -> BenchEconomicAccounts {
        let rowsPerUnit = districts.count * quarters.count * sectorFields.count
        // Unit names grow a little with the unit count (longer hamlet numbers): estimate twice.
        var units = max(1, targetBytes / (rowsPerUnit * 100))
        for _ in 0..<2 {
            let rowBytes = BenchEconomicAccounts(districts: districts, quarters: quarters, unitsPerDistrict: units,
                                                 seed: seed).averageRowBytes()
            units = max(1, Int((Double(targetBytes) / (Double(rowsPerUnit) * rowBytes)).rounded()))
        }
        return BenchEconomicAccounts(districts: districts, quarters: quarters, unitsPerDistrict: units, seed: seed)
    }

    /// One file per district and year (`districts/152-luong-son/economic_accounts_2024.csv`), so that
    /// file-level concurrency has work; or, with `singleFile`, every row in
    /// `districts/152-luong-son/economic_accounts.csv`, for chunking within one file.
    func plan(singleFile: Bool) -> [FilePlan] {
        if singleFile {
            let folder = districts.first { $0.code == "152" }?.folder ?? districts[0].folder
            return [FilePlan(path: "districts/\(folder)/economic_accounts.csv", districts: Array(districts.indices),
                             quarters: Array(quarters.indices))]
        }
        let years = Array(Set(quarters.map(\.year))).sorted()
        return districts.indices.flatMap { district in
            years.map { year in
                FilePlan(path: "districts/\(districts[district].folder)/economic_accounts_\(year).csv",
                         districts: [district], quarters: quarters.indices.filter { quarters[$0].year == year })
            }
        }
    }

    /// Streams the rows of `file` to disk under `root`: unit by unit, each unit's quarters and sectors.
    func write(_ file: FilePlan, root: URL) throws -> Totals {
        let url = root.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let writer = try BufferedFileWriter(path: url.path)
        try writer.append(Self.header)
        var unitField: [UInt8] = []
        unitField.reserveCapacity(256)
        var rows = 0
        // Loop invariants hoisted: the inner loop runs once per row, millions of times.
        let sectorFields = Self.sectorFields
        let values = values
        for district in file.districts {
            let districtField = districtFields[district]
            let namer = namers[district]
            for unit in 0..<unitsPerDistrict {
                namer.field(of: unit, into: &unitField)
                for quarter in file.quarters {
                    let periodField = periodFields[quarter]
                    for sector in sectorFields.indices {
                        let row = values.values(district: district, unit: unit, quarter: quarter, sector: sector)
                        try writer.append(districtField)
                        try writer.append(unitField)
                        try writer.append(periodField)
                        try writer.append(sectorFields[sector])
                        try writer.append(thousandths: row.current)
                        try writer.append(byte: UInt8(ascii: ","))
                        try writer.append(thousandths: row.constant)
                        try writer.append(byte: UInt8(ascii: "\n"))
                    }
                }
                rows += file.quarters.count * sectorFields.count
            }
        }
        try writer.close()
        return Totals(files: 1, rows: rows, bytes: writer.byteCount)
    }

    /// The mean bytes of a row, from every row of a few hundred units spread over each district.
    private func averageRowBytes() -> Double {
        let sampledUnits = Set((0..<200).map { $0 * unitsPerDistrict / 200 }).sorted()
        var unitField: [UInt8] = []
        var bytes = 0
        var rows = 0
        for district in districts.indices {
            for unit in sampledUnits {
                namers[district].field(of: unit, into: &unitField)
                for quarter in quarters.indices {
                    for sector in Self.sectorFields.indices {
                        let row = values.values(district: district, unit: unit, quarter: quarter, sector: sector)
                        bytes += districtFields[district].count + unitField.count + periodFields[quarter].count
                            + Self.sectorFields[sector].count + Self.decimalLength(row.current)
                            + Self.decimalLength(row.constant) + 2
                        rows += 1
                    }
                }
            }
        }
        return Double(bytes) / Double(max(rows, 1))
    }

    /// The length of a count of thousandths written with three decimals.
    private static func decimalLength(_ thousandths: Int) -> Int {
        String(thousandths / 1000).utf8.count + 4
    }
}
