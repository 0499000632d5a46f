import ArgumentParser
import StatpipeEngine

/// The `statpipe` command: staged ingest → validate → aggregate → export for a statistics office.
@main
struct Statpipe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statpipe",
        abstract: "Batch data pipeline and statistics engine for quarterly statistical bulletins.",
        version: StatpipeVersion.current,
        subcommands: [RunCommand.self, ValidateCommand.self, InspectCommand.self, ConvertCommand.self]
    )

    /// Parses, runs, and exits with the SPEC §1 code; replaces ArgumentParser's own entry
    /// point, which exits 64 for usage errors where SPEC wants 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ExitStatus.exit(for: error)
        }
    }
}
