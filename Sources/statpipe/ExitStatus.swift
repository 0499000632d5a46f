import ArgumentParser
import Foundation
import StatpipeEngine

/// The one place where failures become exit codes and one-line messages (SPEC §1).
enum ExitStatus {
    /// The exit code for each kind of failure.
    static func code(for kind: StatpipeError.Kind) -> Int32 {
        switch kind {
        case .invalidData: return 1
        case .usage: return 2
        case .locked: return 3
        case .io: return 4
        }
    }

    /// Reports `error` on stderr in one line (help and version go to stdout) and exits.
    static func exit(for error: any Error) -> Never {
        if let failure = error as? StatpipeError {
            printError(failure.message)
            Foundation.exit(code(for: failure.kind))
        }
        let parserCode = Statpipe.exitCode(for: error)
        if parserCode == .success {
            Statpipe.exit(withError: error)  // --help, --version
        }
        if parserCode == .validationFailure {
            printError(Statpipe.message(for: error))
            FileHandle.standardError.write(Data((Statpipe.usageString(for: error) + "\n").utf8))
            Foundation.exit(code(for: .usage))
        }
        Statpipe.exit(withError: error)
    }

    /// Writes `statpipe: error: MESSAGE` to stderr.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data("statpipe: error: \(message)\n".utf8))
    }

    /// Writes a warning line to stderr.
    static func printWarning(_ message: String) {
        FileHandle.standardError.write(Data("statpipe: \(message)\n".utf8))
    }
}

extension Statpipe {
    /// The usage text of the subcommand an error is about.
    static func usageString(for error: any Error) -> String {
        let full = fullMessage(for: error)
        let message = self.message(for: error)
        return full.replacingOccurrences(of: "Error: \(message)\n", with: "")
    }
}
