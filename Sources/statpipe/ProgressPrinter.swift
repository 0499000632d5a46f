import Foundation
import Logging
import StatpipeEngine
#if canImport(Glibc)
import Glibc
#endif

/// Shows validation progress: a line redrawn in place when stderr is a terminal, or a plain
/// log line every ten seconds when it is not (cron logs), and nothing otherwise.
final class ProgressPrinter: @unchecked Sendable {
    // @unchecked: called only from the job's consuming thread.
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let logger: Logger
    private let start = Date()
    private var lastShown = Date.distantPast
    private var drewLine = false

    init(logger: Logger) {
        self.logger = logger
    }

    /// Reports `progress` if enough time passed since the last report.
    func update(_ progress: ValidationProgress) {
        let now = Date()
        let interval: TimeInterval = isTerminal ? 0.25 : 10
        guard now.timeIntervalSince(lastShown) >= interval else { return }
        lastShown = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(progress.bytesDone) / 1e6 / elapsed
        let remaining = rate > 0 ? Double(progress.bytes - progress.bytesDone) / 1e6 / rate : 0
        let text = "\(progress.filesDone)/\(progress.files) files, \(progress.rows) rows, "
            + String(format: "%.1f MB/s, ETA %.0f s", rate, remaining)
        if isTerminal {
            FileHandle.standardError.write(Data("\r\u{1B}[2Kstatpipe: \(text)".utf8))
            drewLine = true
        } else {
            logger.info("progress: \(text)")
        }
    }

    /// Clears the terminal line before the command prints anything else.
    func finish() {
        if drewLine { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
