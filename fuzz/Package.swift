// swift-tools-version:6.0
// Fuzz targets for sitegen, run by scripts/fuzz. A package of its own so that the main package's
// build and tests never see libFuzzer or its instrumentation.
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which differs from checkout to checkout.
let sitegen = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()
let core: Target.Dependency = .product(name: "SitegenCore", package: sitegen)

let package = Package(
    name: "sitegen-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [core]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzCleaner", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzExtractor", dependencies: ["FuzzSupport"]),
    ]
)
