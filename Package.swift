// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["DossierCLI"]),
        .library(name: "DossierCore", targets: ["DossierCore"]),
        .library(name: "DossierKit", targets: ["DossierKit"]),
        .plugin(name: "DossierPlugin", targets: ["DossierPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // System libraries: each wrapped once, imported by one exporter target only.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .systemLibrary(
            name: "CLibzip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .systemLibrary(
            name: "CLibxml2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // The entity tagger's weights as generated C source (scripts/train-tagger): C compiles megabytes of
        // bytes in seconds, and the model is inside the binary with no resource file to find at run time.
        .target(name: "CTaggerModel"),

        .target(name: "DossierCore", exclude: ["Schema"]),
        // Readers of the web: HTML pages and feeds (the only importer of CLibxml2), and URL fetching.
        .target(name: "DossierWeb", dependencies: ["DossierCore", "CLibxml2"]),
        .target(name: "DossierFetch", dependencies: ["DossierCore"]),
        .target(
            name: "DossierAssembly",
            dependencies: ["DossierCore", "DossierWeb", "CTaggerModel", .product(name: "Yams", package: "Yams")]
        ),
        // Internal code the exporters share: the brief's selection of items, zip writing (the only
        // importer of CLibzip) and the escaping XML/XHTML writer.
        .target(name: "DossierBrief", dependencies: ["DossierCore"]),
        .target(name: "DossierArchive", dependencies: ["DossierCore", "CLibzip"]),
        .target(name: "DossierXHTML", dependencies: ["DossierCore"]),
        .target(
            name: "DossierMarkdown",
            dependencies: ["DossierCore", "DossierBrief", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "DossierXLSX", dependencies: ["DossierCore", "CXlsxWriter"]),
        .target(name: "DossierEPUB", dependencies: ["DossierCore", "DossierArchive", "DossierXHTML"]),
        .target(name: "DossierDOCX", dependencies: ["DossierCore", "DossierBrief", "DossierArchive", "DossierXHTML"]),
        .target(name: "DossierHTML", dependencies: ["DossierCore", "DossierBrief", "DossierXHTML"]),
        .target(
            name: "DossierKit",
            dependencies: [
                "DossierCore", "DossierAssembly", "DossierFetch", "DossierMarkdown", "DossierXLSX", "DossierEPUB",
                "DossierDOCX", "DossierHTML", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "DossierCLI",
            dependencies: ["DossierKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .plugin(
            name: "DossierPlugin",
            capability: .command(
                intent: .custom(verb: "dossier", description: "Build a briefing packet from a folder of articles"),
                permissions: [.writeToPackageDirectory(reason: "Dossier writes the briefing packet (brief.md, brief.docx, brief.html, factsheet.xlsx, reading-pack.epub, packet.json) into the output folder")]
            ),
            dependencies: ["DossierCLI"]
        ),

        // Examples are real targets, built and tested with everything else.
        .executableTarget(name: "dossier-export-csv", dependencies: ["DossierCore"], path: "examples/exporters/dossier-export-csv"),
        .target(name: "ExampleOPMLExporter", dependencies: ["DossierCore"], path: "examples/custom-exporter"),

        // The article fuzzer: libFuzzer with scripts/fuzz; otherwise it replays the files it is given.
        .executableTarget(name: "dossier-fuzz", dependencies: ["DossierAssembly", "DossierCore"], path: "Fuzz/ArticleFuzzer",
                          exclude: ["Corpus"]),

        .testTarget(name: "DossierCoreTests", dependencies: ["DossierCore", "TestSupport"]),
        .testTarget(
            name: "DossierAssemblyTests",
            dependencies: ["DossierAssembly", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "DossierWebTests", dependencies: ["DossierWeb", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierMarkdownTests", dependencies: ["DossierMarkdown", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierXLSXTests", dependencies: ["DossierXLSX", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierEPUBTests", dependencies: ["DossierEPUB", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierDOCXTests", dependencies: ["DossierDOCX", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierHTMLTests", dependencies: ["DossierHTML", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DossierKitTests",
            dependencies: ["DossierKit", "TestSupport", "ExampleOPMLExporter"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "DossierFetchTests", dependencies: ["DossierCore", "DossierFetch", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DossierCLITests", dependencies: ["TestSupport"]),
        .target(name: "TestSupport", dependencies: ["DossierCore"], path: "Tests/TestSupport"),
    ]
)
