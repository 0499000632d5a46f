import ArgumentParser
import Foundation

/// `statpipe-datagen sample --out DIR`: writes the Hoa Binh sample data, verifies it, writes its README.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write the Hoa Binh sample data (replacing DIR/reference and DIR/districts) and verify it.",
        discussion: """
        The files are the same bytes on every run. After writing, the files are read back as statpipe \
        reads them, every row is re-validated and the published figures are recomputed exactly; the \
        command fails (exit 1) if any differs. DIR/README.md documents the data and its bad rows.
        """
    )

    @Option(name: .long, help: "The data root to write.")
    var out = "sample-data"

    func run() throws {
        let root = URL(fileURLWithPath: out, isDirectory: true)
        let corpus = try SampleCorpus.hoaBinh()
        try CorpusWriter(root: root).write(corpus.files)
        let verification = try SampleVerification(root: root, corpus: corpus)

        let tables = FigureTables(verification: verification, corpus: corpus)
        print("Wrote \(corpus.files.count) files under \(out)/\n")
        for table in [tables.growthByArea, tables.provinceSectors, tables.certificationTimeline, tables.inForce,
                      tables.inForceBreakdown, tables.compliance, tables.badRows] {
            print(table.text)
        }
        guard verification.problems.isEmpty else {
            for problem in verification.problems {
                FileHandle.standardError.write(Data("verification failed: \(problem)\n".utf8))
            }
            throw ExitCode.failure
        }
        try CorpusWriter(root: root).write(Array(ReadmeWriter(corpus: corpus, verification: verification).text.utf8),
                                           to: "README.md")
        print("Verified: every published figure reproduced; README.md written.")
    }
}
