// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "allianz-tui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "allianz-tui", targets: ["allianz-tui"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(
            name: "WorkshopModel",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "WorkshopTUI",
            dependencies: ["CNcurses", "WorkshopModel"]
        ),
        .executableTarget(
            name: "allianz-tui",
            dependencies: [
                "WorkshopModel", "WorkshopTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (a seeded random generator).
        .target(name: "TestKit", path: "Tests/TestKit"),
        .testTarget(
            name: "WorkshopModelTests",
            dependencies: ["WorkshopModel", "TestKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "WorkshopTUITests",
            dependencies: ["WorkshopTUI", "WorkshopModel", "TestKit"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["allianz-tui", "WorkshopModel", "TestKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
