import ArgumentParser
import StatpipeEngine

/// `statpipe convert FILE`: the ingest path's records as normalized UTF-8 CSV or JSON Lines.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Write a file's records to stdout as normalized UTF-8 CSV or JSON Lines."
    )

    @Argument(help: "The file to convert.")
    var file: String

    @Option(help: "Output format: csv or jsonl.")
    var to: ConvertFormat = .csv

    @OptionGroup var ingest: IngestOptionGroup

    func run() throws {
        let reader = try TableOpener.open(file, options: ingest.ingestOptions)
        try TableConverter.convert(reader, to: to, output: .standardOutput(), warn: ExitStatus.printWarning)
    }
}

extension ConvertFormat: ExpressibleByArgument {}
