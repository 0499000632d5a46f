import ArgumentParser
import Foundation
import StatpipeCore

/// `statpipe-datagen bench --out DIR [--size-mb N] [--single-file] [--schemas DIR]`: writes a synthetic
/// corpus for `make bench` (SPEC §8).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Write a synthetic benchmark corpus and its pipeline file (replacing DIR/reference, DIR/districts).",
        discussion: """
        Unit-level economic_accounts rows for the 10 Hoa Binh districts × 2023-Q1…2025-Q1 × 4 sectors, with as \
        many units as it takes to reach the size: quoted unit names (commas, doubled quotes), about one \
        multi-line record in a thousand, values with 3 decimals, every row valid and unique. One file per \
        district and year, or with --single-file one big file. Also writes the reference list, small valid \
        OCOP files and DIR/pipeline.yml, so that `statpipe run DIR/pipeline.yml --period 2025-Q1` works. \
        The bytes depend only on the size and the layout (seeded), and memory does not grow with the size.
        """
    )

    @Option(name: .long, help: "The corpus root to write.")
    var out: String

    @Option(name: .customLong("size-mb"), help: "The size of the economic_accounts files, in MiB.")
    var sizeMB = 1024

    @Flag(name: .customLong("single-file"),
          help: "Write every economic_accounts row into districts/152-luong-son/economic_accounts.csv.")
    var singleFile = false

    @Option(name: .long, help: "The repository's schema folder, referenced by absolute path from DIR/pipeline.yml.")
    var schemas = "pipelines/schemas"

    /// The seed of every stream of the corpus ("STATBNCH" in ASCII).
    static let seed: UInt64 = 0x5354_4154_424E_4348

    /// The quarters of the sample's bulletin: 2023-Q1 through 2025-Q1.
    static let quarters = Quarter.sequence(from: Quarter(2023, 1), through: Quarter(2025, 1))

    func validate() throws {
        guard (1...(1 << 20)).contains(sizeMB) else {
            throw ValidationError("--size-mb must be 1 to 1048576 (MiB).")
        }
        for dataset in BenchPipelineFile.datasets {
            let path = schemaFolder.appendingPathComponent("\(dataset).json").path
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ValidationError("--schemas: no readable \(path)")
            }
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: out, isDirectory: true)
        let support = try BenchSupportFiles.files()
        let writer = CorpusWriter(root: root)
        try writer.write(support)
        try writer.write(Array(BenchPipelineFile.text(schemas: schemaFolder).utf8), to: "pipeline.yml")

        let accounts = BenchEconomicAccounts.sized(districts: HoaBinh.districts, quarters: Self.quarters,
                                                   seed: SplitMix64(seed: Self.seed), toBytes: sizeMB << 20)
        let clock = ContinuousClock()
        let started = clock.now
        var written = BenchEconomicAccounts.Totals()
        for file in accounts.plan(singleFile: singleFile) {
            written = written + (try accounts.write(file, root: root))
        }
        let elapsed = clock.now - started

        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let supportRows = try support.map { try ReadBackFile(root: root, path: $0.path).records.count }.reduce(0, +)
        let files = written.files + support.count + 1
        let rows = written.rows + supportRows
        let bytes = written.bytes + support.map(\.bytes.count).reduce(0, +)
        let speed = Double(written.bytes) / Double(1 << 20) / max(seconds, 1e-9)
        let timing = "\(String(format: "%.2f", seconds)) s = \(String(format: "%.0f", speed)) MiB/s"
        print("Wrote \(files) files, \(rows) rows, \(bytes) bytes under \(out)/ (economic_accounts: "
              + "\(written.files) files, \(written.rows) rows, \(accounts.unitsPerDistrict) units per district, "
              + "\(written.bytes) bytes in \(timing))")
    }

    /// `--schemas`, absolute (relative paths are resolved against the current directory).
    private var schemaFolder: URL {
        URL(fileURLWithPath: schemas, isDirectory: true).standardizedFileURL
    }
}
