// swift-tools-version: 6.1
// Dossier's benchmarks, kept in their own package so that the main package's build stays lean.
//   swift package --scratch-path ../../.build-bench/swift benchmark    package-benchmark: time, mallocs, memory
//   swift run -c release --scratch-path ../../.build-bench/swift dossier-stages CORPUS    what scripts/bench runs
//   swift run -c release --scratch-path ../../.build-bench/swift dossier-web-pages PAGE…  what scripts/bench-web runs
import PackageDescription

let package = Package(
    name: "DossierBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Dossier", path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "DossierBenchSupport",
            dependencies: [
                .product(name: "DossierKit", package: "Dossier"),
                .product(name: "DossierCore", package: "Dossier"),
            ]
        ),
        .executableTarget(
            name: "dossier-stages",
            dependencies: ["DossierBenchSupport"]
        ),
        .executableTarget(
            name: "dossier-web-pages",
            dependencies: [.product(name: "DossierKit", package: "Dossier")]
        ),
        .executableTarget(
            name: "DossierBenchmarks",
            dependencies: [
                "DossierBenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DossierBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
