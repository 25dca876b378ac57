// swift-tools-version: 6.1
// A package that uses Dossier's command plugin:
//   swift package --allow-writing-to-package-directory dossier build articles -o packet
import PackageDescription

let package = Package(
    name: "PluginUsage",
    dependencies: [.package(name: "Dossier", path: "../..")],
    targets: [.target(name: "PluginUsage", path: "Sources")]
)
