import Foundation

/// Paths of the repository and the shared folder beside it, found from this source file.
public enum RepositoryPaths {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // StatpipeTestSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()

    /// `../shared/peer-tests`: CSV suites written by other projects, with expected outputs.
    public static let peerTests: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/peer-tests")

    /// The ugly real-byte CSV fixtures (every encoding and separator), shared by all test targets.
    public static let csvFixtures: URL = packageRoot.appendingPathComponent("Tests/StatpipeCSVTests/Fixtures")

    /// The directory holding the built products (the `statpipe` executable) during `swift test`.
    public static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        return Bundle.main.bundleURL
    }
}
