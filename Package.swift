// swift-tools-version:6.0
import PackageDescription

// MARK: - Settings shared by every Swift target

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "statpipe",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "statpipe", targets: ["statpipe"]),
        .executable(name: "statpipe-datagen", targets: ["statpipe-datagen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.0"),
    ],
    targets: [
        // MARK: - C

        // libcsv has no pkg-config file on Debian, so no `pkgConfig:`; `make`/.ci install libcsv-dev.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),

        // MARK: - Libraries

        /// Bytes in, records out: the only importer of CLibCSV.
        .target(name: "StatpipeCSV", dependencies: ["CLibCSV"], swiftSettings: strictSettings),
        /// Pure domain: schema, rules, formulas. No file system, no Dispatch.
        .target(name: "StatpipeCore", swiftSettings: strictSettings),
        /// I/O, concurrency and exports.
        .target(
            name: "StatpipeEngine",
            dependencies: [
                "StatpipeCSV",
                "StatpipeCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - Executables

        .executableTarget(
            name: "statpipe",
            dependencies: [
                "StatpipeEngine",
                "StatpipeCore",
                "StatpipeCSV",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        /// Writes sample-data/ and synthetic benchmark corpora.
        .executableTarget(
            name: "statpipe-datagen",
            dependencies: [
                "StatpipeCore",
                "StatpipeCSV",
                "StatpipeEngine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - Tests

        .target(
            name: "StatpipeTestSupport",
            dependencies: ["StatpipeCSV", "StatpipeCore"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StatpipeCSVTests",
            dependencies: ["StatpipeCSV", "StatpipeTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StatpipeCoreTests",
            dependencies: ["StatpipeCore", "StatpipeTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StatpipeEngineTests",
            dependencies: [
                "StatpipeEngine",
                "StatpipeTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["XLSX/Fixtures"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "StatpipeCLITests",
            dependencies: ["statpipe", "StatpipeTestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)
