import StatpipeCore
import ArgumentParser
import StatpipeEngine

/// `statpipe inspect FILE...`: sniffed encoding, separator, header, counts and column types.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Describe input files: encoding, delimiter, header, row counts, guessed column types."
    )

    @Argument(help: "Files to inspect.")
    var files: [String]

    @Flag(help: "Print one JSON object per file instead of a table.")
    var json = false

    @OptionGroup var ingest: IngestOptionGroup

    func run() throws {
        let output = BufferedOutput.standardOutput()
        var worst: StatpipeError?
        for (index, file) in files.enumerated() {
            do {
                let inspection = try FileInspector.inspect(file, options: ingest.ingestOptions)
                if json {
                    try output.write(inspection.json.serialized() + "\n")
                } else {
                    try output.write((index > 0 ? "\n" : "") + InspectionTextRenderer.render(inspection))
                }
                try output.flush()
            } catch {
                // One bad file does not hide the others; the exit code is the most serious failure.
                ExitStatus.printError(error.message)
                if worst.map({ ExitStatus.code(for: $0.kind) < ExitStatus.code(for: error.kind) }) ?? true {
                    worst = error
                }
            }
        }
        // Each failure is already reported; exit with the most serious one's code.
        if let worst { throw ExitCode(ExitStatus.code(for: worst.kind)) }
    }
}
