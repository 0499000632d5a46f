import Foundation

/// The result of running a command to completion.
public struct CommandResult: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
}

/// Runs the built `statpipe` executable as a real process, as scripts and cron do.
public enum CommandRunner {
    /// The `statpipe` binary beside the test bundle.
    public static var statpipeExecutable: URL {
        RepositoryPaths.productsDirectory.appendingPathComponent("statpipe")
    }

    /// Runs `statpipe` with `arguments` in `directory` and waits for it.
    public static func statpipe(_ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
        try run(statpipeExecutable, arguments, in: directory)
    }

    /// Runs `executable` with `arguments`, capturing stdout and stderr.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        try process.run()
        // Read both pipes while the process runs so a full pipe cannot block it.
        let errorData = ErrorCollector(errorPipe.fileHandleForReading)
        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errorData.finish(), as: UTF8.self)
        )
    }
}

/// Drains a pipe on a background thread.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
