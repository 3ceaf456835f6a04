// swift-tools-version: 6.1
import PackageDescription

// Kept out of the main package so `swift test` never builds it; run with
//   swift run -c release --package-path Benchmarks callback-benchmarks
let package = Package(
    name: "callback-benchmarks",
    dependencies: [
        .package(path: "callback-explorer"), // a link to the repository root, so the identity is stable
        .package(url: "https://github.com/attaswift/BigInt", exact: "6.0.1"),
    ],
    targets: [
        .executableTarget(
            name: "callback-benchmarks",
            dependencies: [
                .product(name: "CallbackModel", package: "callback-explorer"),
                .product(name: "ExplorerUI", package: "callback-explorer"),
                .product(name: "RouletteDialect", package: "callback-explorer"),
                .product(name: "BigInt", package: "BigInt"),
            ]
        ),
        .executableTarget(
            name: "engine-profile",
            dependencies: [
                .product(name: "CallbackModel", package: "callback-explorer"),
                .product(name: "ExplorerUI", package: "callback-explorer"),
                .product(name: "BigInt", package: "BigInt"),
            ]
        ),
    ]
)
