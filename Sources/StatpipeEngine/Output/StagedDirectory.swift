import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Builds an output directory beside its target and renames it into place, so that the
/// target holds the previous result or the new one, never a half-written one (SPEC §6).
///
/// Publishing is two renames: the old directory moves aside (`.NAME.old-PID`), the new one
/// moves in, the old one is removed. A process killed between the two renames leaves the
/// old directory aside with the target missing; ``recover(_:)``, run before every build,
/// puts it back, and clears staging debris of dead runs.
public final class StagedDirectory: @unchecked Sendable {
    /// The directory being built.
    public let staging: URL
    /// Where it will be published.
    public let target: URL
    private var isPublished = false

    /// Creates an empty staging directory beside `target` (creating the parent).
    public init(target: URL) throws(StatpipeError) {
        self.target = target
        let parent = target.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: staging)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw StatpipeError(.io, "\(parent.path): cannot create the output directory: \(Self.reason(error))")
        }
    }

    deinit { if !isPublished { try? FileManager.default.removeItem(at: staging) } }

    // @unchecked: after init only `isPublished` changes, in publish(), which runs once all
    // exporters are done; `path(_:)` only creates folders, which concurrent callers may race
    // on harmlessly (createDirectory with intermediates tolerates an existing folder).

    /// A path inside the staging directory, creating its parent folders.
    public func path(_ relative: String) throws(StatpipeError) -> String {
        let url = staging.appendingPathComponent(relative)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StatpipeError(.io, "\(url.deletingLastPathComponent().path): cannot create: \(Self.reason(error))")
        }
        return url.path
    }

    /// Moves the staging directory into place, replacing the previous result.
    public func publish() throws(StatpipeError) {
        let aside = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: target.path) { try manager.moveItem(at: target, to: aside) }
            try manager.moveItem(at: staging, to: target)
        } catch {
            throw StatpipeError(.io, "\(target.path): cannot publish the output: \(Self.reason(error))")
        }
        isPublished = true
        try? manager.removeItem(at: aside)
    }

    /// Restores a previous result left aside by a killed run and removes staging debris
    /// of runs that are gone. Call while holding the output lock.
    public static func recover(_ target: URL) {
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() where entry.hasPrefix(".\(name).") {
            let url = parent.appendingPathComponent(entry)
            if entry.hasPrefix(".\(name).old-") && !manager.fileExists(atPath: target.path) {
                try? manager.moveItem(at: url, to: target)
            } else {
                try? manager.removeItem(at: url)
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
