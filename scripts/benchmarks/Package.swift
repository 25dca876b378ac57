// swift-tools-version: 6.1
// Benchmarks of Dossier with package-benchmark, kept out of the main package so its build stays lean.
// Run from this folder: `swift package --scratch-path ../../.build-benchmarks benchmark`.
import PackageDescription

let package = Package(
    name: "DossierBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Dossier", path: "../.."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "DossierBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "DossierKit", package: "Dossier"),
                .product(name: "DossierCore", package: "Dossier"),
            ],
            path: "Benchmarks/DossierBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
