// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "VeDich",
    platforms: [.macOS(.v15)],  // Synchronization.Atomic for /metrics counters
    products: [
        .executable(name: "vedich", targets: ["vedich"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // The pure domain: numbers as written, targets, evaluation, derived figures. No dependencies.
        .target(name: "VeDichCore"),
        // Reads plan reports (extracted text, DOCX) into core values and audits them.
        .target(
            name: "VeDichImport",
            dependencies: [
                "VeDichCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The plan read models (plan, indicators, evaluation, snapshot, report sections): plain
        // values the store hands out and the evaluation, pages, CSV and reports read.
        .target(name: "VeDichPlanModel", dependencies: ["VeDichCore"]),
        // Plans, indicators, targets and observations in SQLite (default) or PostgreSQL.
        .target(
            name: "VeDichStore",
            dependencies: [
                "VeDichCore",
                "VeDichPlanModel",
                "VeDichImport",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            // Administrative units and national indicator codes as data (CSV, sources in their headers).
            resources: [.copy("Resources")]
        ),
        // The HTTP server: JSON API under /api/v1 and its OpenAPI document.
        .target(
            name: "VeDichWeb",
            dependencies: [
                "VeDichCore",
                "VeDichImport",
                "VeDichStore",
                "VeDichReports",
                .product(name: "Vapor", package: "vapor"),
            ],
            resources: [.copy("Resources/openapi.json"), .copy("Resources/Public")]
        ),
        // libxlsxwriter (Debian libxlsxwriter-dev) for the XLSX annex: real numeric cells and formulas.
        .systemLibrary(name: "CXLSXWriter", path: "Sources/CXLSXWriter"),
        // The formal report: DOCX laid out per Nghị định 30/2020, its XLSX annex, PDF through LibreOffice.
        // Reads only the plan read models: no database linked.
        .target(
            name: "VeDichReports",
            dependencies: [
                "VeDichCore",
                "VeDichPlanModel",
                "CXLSXWriter",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "vedich",
            dependencies: [
                "VeDichCore",
                "VeDichImport",
                "VeDichStore",
                "VeDichWeb",
                "VeDichReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: throughput figures, printed as ratios measured in one run.
        .executableTarget(
            name: "vedich-bench",
            dependencies: ["VeDichCore", "VeDichImport", "VeDichStore", "VeDichReports"]
        ),
        // `make fuzz`: the number/target parser and the report readers on a million generated
        // inputs (a seeded mutator over the seed report), or under libFuzzer with LIBFUZZER=1.
        .executableTarget(
            name: "vedich-fuzz",
            dependencies: ["VeDichCore", "VeDichImport"]
        ),
        .testTarget(
            name: "VeDichCoreTests",
            dependencies: [
                "VeDichCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "VeDichImportTests",
            dependencies: ["VeDichImport", "VeDichCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "VeDichStoreTests",
            dependencies: ["VeDichStore", "VeDichImport", "VeDichCore"]
        ),
        .testTarget(
            name: "VeDichReportsTests",
            dependencies: ["VeDichReports", "VeDichStore", "VeDichImport", "VeDichCore"]
        ),
        .testTarget(
            name: "VeDichWebTests",
            dependencies: [
                "VeDichWeb", "VeDichStore", "VeDichImport", "VeDichCore", "VeDichReports", "VeDichPlanModel",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
        .testTarget(
            name: "vedichTests",
            dependencies: ["VeDichCore", "VeDichStore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
