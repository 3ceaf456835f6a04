// swift-tools-version: 6.1
import PackageDescription

// The engine (CallbackModel) depends on nothing but BigInt; every other module sits on it.
// Readout (how exact values read: fractions, percents, bars) is shared by the explorer and
// the reports, so Reports never pulls in the UI. Only CursesTerminal imports ncurses.
let package = Package(
    name: "callback-explorer",
    products: [
        .executable(name: "callback-explorer", targets: ["callback-explorer"]),
        .library(name: "CallbackModel", targets: ["CallbackModel"]),
        .library(name: "RouletteDialect", targets: ["RouletteDialect"]),
        .library(name: "Readout", targets: ["Readout"]),
        .library(name: "ExplorerUI", targets: ["ExplorerUI"]),
        .library(name: "Decks", targets: ["Decks"]),
        .library(name: "ConfigImport", targets: ["ConfigImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", exact: "6.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .target(name: "CallbackModel", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        .target(name: "RouletteDialect", dependencies: ["CallbackModel"]),
        .target(name: "Readout", dependencies: ["CallbackModel", .product(name: "BigInt", package: "BigInt")]),
        .target(name: "ExplorerUI", dependencies: ["CallbackModel", "Readout", "SafeOutput", .product(name: "BigInt", package: "BigInt")]),
        .target(name: "Reports", dependencies: ["CallbackModel", "Readout", .product(name: "BigInt", package: "BigInt")]),
        .target(name: "Decks", dependencies: ["CallbackModel", "ExplorerUI", .product(name: "Yams", package: "Yams")]),
        .target(name: "ConfigImport", dependencies: ["CallbackModel", "Readout", "SafeOutput", .product(name: "BigInt", package: "BigInt"), .product(name: "Yams", package: "Yams")]),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "CStopSignal"),
        .target(name: "SafeOutput"),
        .target(name: "CursesTerminal", dependencies: ["CNcurses", "CStopSignal", "ExplorerUI", "Readout"]),
        .executableTarget(
            name: "callback-explorer",
            dependencies: [
                "CallbackModel", "RouletteDialect", "Readout", "ExplorerUI", "Decks", "Reports", "ConfigImport", "CursesTerminal", "SafeOutput", .product(name: "BigInt", package: "BigInt"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CallbackModelTests",
            dependencies: ["CallbackModel", .product(name: "BigInt", package: "BigInt"), .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "RouletteDialectTests",
            dependencies: ["RouletteDialect", "CallbackModel", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Corpus"]
        ),
        .testTarget(name: "ReadoutTests", dependencies: ["Readout", "CallbackModel", .product(name: "BigInt", package: "BigInt")]),
        .testTarget(
            name: "ExplorerUITests",
            dependencies: ["ExplorerUI", "Decks", "Readout", "CallbackModel", .product(name: "BigInt", package: "BigInt"), .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "DecksTests", dependencies: ["Decks", "ExplorerUI", "CallbackModel"]),
        .testTarget(name: "ConfigImportTests", dependencies: ["ConfigImport", "CallbackModel", .product(name: "BigInt", package: "BigInt")]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Readout", "CallbackModel", .product(name: "BigInt", package: "BigInt")]),
        .testTarget(name: "EndToEndTests", dependencies: ["CallbackModel"], exclude: ["Corpus"]),
    ]
)
