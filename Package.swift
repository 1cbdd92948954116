// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenCore", targets: ["SitegenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `sitegen serve` only: a small HTTP server on Swift concurrency and plain sockets (no SwiftNIO).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(
            name: "SitegenCore",
            dependencies: [
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            // The built-in theme (also reachable as templates/ at the top of the project), so a user's
            // template folder need only hold the templates it changes.
            resources: [.copy("Resources/templates")]
        ),
        // The development server (`sitegen serve`), kept apart so SitegenCore has no HTTP dependency.
        .target(
            name: "SitegenServe",
            dependencies: [
                "SitegenCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore",
                "SitegenServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SitegenCoreTests",
            dependencies: ["SitegenCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SitegenServeTests",
            dependencies: ["SitegenServe", "SitegenCore"]
        ),
    ]
)
