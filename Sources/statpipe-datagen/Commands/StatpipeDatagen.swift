import ArgumentParser

/// The `statpipe-datagen` command: writes statpipe's sample data and benchmark corpora.
@main
struct StatpipeDatagen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statpipe-datagen",
        abstract: "Generate deterministic test data for statpipe.",
        subcommands: [SampleCommand.self, BenchCommand.self]
    )
}
