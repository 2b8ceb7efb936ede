// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "VeDich",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vedich", targets: ["vedich"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
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
        .executableTarget(
            name: "vedich",
            dependencies: [
                "VeDichCore",
                "VeDichImport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: throughput figures, printed as ratios measured in one run.
        .executableTarget(
            name: "vedich-bench",
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
            name: "vedichTests",
            dependencies: ["VeDichCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
