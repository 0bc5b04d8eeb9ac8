// swift-tools-version:6.0
// The layering is the dependency graph below; it flows one way:
//   Syntax → Compiler → VM → (Engine) → Presentation → Lessons → Shell → looplab
// LineEditor (libedit) is only used by Shell.
import PackageDescription

/// Hot targets skip Swift's dynamic exclusivity checks: they cost 1.3–2.5× in
/// interpreter loops (DESIGN §8). Unsafe flags are allowed for a root package.
let hotPathSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
]

let package = Package(
    name: "looplab",
    products: [
        .executable(name: "looplab", targets: ["looplab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .target(name: "LineEditor", dependencies: ["CLibEdit"]),

        // The asyncio engine (DESIGN §4). No dependency on the VM yet: the VM
        // plugs in through the `Coroutine` protocol (Sources/Engine/Coroutine.swift).
        .target(name: "Engine", exclude: ["README.md"], swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])],
                linkerSettings: [.linkedLibrary("m")]),
        .executableTarget(name: "EngineBench", dependencies: ["Engine"], path: "Benchmarks/EngineBench",
                          swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),

        .target(name: "Presentation"),
        .target(name: "Lessons", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "Shell", dependencies: [
            "LineEditor", "Lessons", "Presentation",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "looplab", dependencies: [
            "Shell",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "EngineTests", dependencies: ["Engine"], exclude: ["Scenarios"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons"]),
        .testTarget(name: "PresentationTests", dependencies: ["Presentation"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "LineEditor"]),
    ],
    swiftLanguageModes: [.v5]
)
