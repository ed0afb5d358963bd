// swift-tools-version: 6.0
// DSRBoard: a terminal board for TikTok Shop operations leads.
// The arrows between targets follow ../shared/architecture.md: sources → importers → store → metrics →
// screens → cell buffer → terminal or snapshot. Only DSRStore touches SQLite, only CursesBackend touches ncurses.
import PackageDescription

/// Release builds of the import path skip Swift's run-time exclusivity checks: on a million-row import they
/// cost about a fifth of the time (bench/import-bench.sh). Debug builds and tests keep them.
let importHotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "DSRBoard",
    products: [
        .executable(name: "dsrboard", targets: ["dsrboard"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CCurses", path: "Sources/CCurses"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),

        .target(name: "DSRModel"),
        .target(name: "DSRStore", dependencies: ["CSQLite", "DSRModel"], swiftSettings: importHotPath),
        .target(name: "DSRImport", dependencies: ["DSRModel", "DSRStore", "CZlib"], swiftSettings: importHotPath),
        .target(name: "DSRMetrics", dependencies: ["DSRModel", "DSRStore"]),
        .target(name: "TermRender"),
        .target(name: "DSRBoardApp", dependencies: ["DSRModel", "DSRMetrics", "TermRender"]),
        .target(name: "CursesBackend", dependencies: ["CCurses", "TermRender"]),
        .target(name: "DSRCLI", dependencies: [
            "DSRModel", "DSRStore", "DSRImport", "DSRMetrics", "TermRender", "DSRBoardApp", "CursesBackend",
        ]),
        .executableTarget(name: "dsrboard", dependencies: ["DSRCLI"]),

        .target(
            name: "TestSupport",
            dependencies: ["DSRModel", "DSRStore", "TermRender"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "DSRModelTests", dependencies: ["DSRModel", "TestSupport"]),
        .testTarget(name: "DSRStoreTests", dependencies: ["DSRStore", "DSRModel", "TestSupport"]),
        .testTarget(
            name: "DSRImportTests",
            dependencies: ["DSRImport", "DSRStore", "DSRModel", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DSRMetricsTests", dependencies: ["DSRMetrics", "DSRImport", "DSRStore", "DSRModel", "TestSupport"],
                    resources: [.copy("Reference")]),
        .testTarget(name: "TermRenderTests", dependencies: ["TermRender", "TestSupport"]),
        .testTarget(
            name: "DSRBoardAppTests",
            dependencies: ["DSRBoardApp", "DSRMetrics", "DSRImport", "DSRStore", "TermRender", "TestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TermRender"]),
        .testTarget(name: "DSRCLITests", dependencies: ["DSRCLI", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "dsrboard"]),
    ]
)
