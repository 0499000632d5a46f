import ArgumentParser
import Foundation
import Logging

/// The logging options of the long-running commands, and the stderr log they set up.
struct LogOptions: ParsableArguments {
    /// How log lines are written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Flag(help: "Log progress and stage timings, print the validation summary and the digest.")
    var verbose = false

    @Option(name: .customLong("log-format"), help: "Log line format: text or json.")
    var format: Format = .text

    /// A logger on stderr: warnings and errors always, progress and stages with --verbose.
    func makeLogger(label: String) -> Logger {
        var logger = Logger(label: label) { name in StderrLogHandler(label: name, format: format) }
        logger.logLevel = verbose ? .info : .warning
        return logger
    }
}

/// Writes one line per log message to stderr, as text or JSON (for log collectors).
struct StderrLogHandler: LogHandler {
    let label: String
    let format: LogOptions.Format
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let time = ISO8601DateFormatter().string(from: Date())
        let fields = metadata.merging(event.metadata ?? [:]) { _, new in new }.sorted { $0.key < $1.key }
        let line: String
        switch format {
        case .text:
            let extra = fields.map { " \($0.key)=\($0.value)" }.joined()
            line = "\(time) \(event.level) \(label): \(event.message)\(extra)"
        case .json:
            var object: [String: String] = ["time": time, "level": "\(event.level)", "logger": label, "message": "\(event.message)"]
            for (key, value) in fields { object[key] = "\(value)" }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            line = String(decoding: data, as: UTF8.self)
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
