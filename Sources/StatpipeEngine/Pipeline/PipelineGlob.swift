#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file pattern of a pipeline, relative to the data root, matched as `fnmatch` with `FNM_PATHNAME`.
///
/// `*`, `?` and `[...]` never cross a `/`, so `districts/*/ocop_products*.csv` matches one folder level.
enum PipelineGlob {
    /// Why `pattern` may not be used, or nil when it stays inside the data root.
    ///
    /// A glob is refused when it is empty, absolute or has a `..` segment: SPEC §7 keeps
    /// every input inside the data root, so a pipeline file cannot read `/etc/passwd`.
    static func problem(with pattern: String) -> String? {
        if pattern.isEmpty { return "is empty" }
        if pattern.hasPrefix("/") { return "is absolute; globs are relative to the data root" }
        if pattern.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "escapes the data root"
        }
        return nil
    }

    /// Whether the data-root-relative `path` matches `pattern`.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        fnmatch(pattern, path, FNM_PATHNAME) == 0
    }
}
