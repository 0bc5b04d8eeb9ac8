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
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibEdit", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .target(name: "Syntax", swiftSettings: hotPathSettings),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax"],
                    exclude: ["Fixtures", "Programs", "gen_syntax_errors.py", "gen_ast_fixtures.py", "gen_token_fixtures.py", "gen_mutation_fixtures.py"]),
        .target(name: "Compiler", dependencies: [
            "Syntax", .product(name: "BigInt", package: "BigInt"),
        ], swiftSettings: hotPathSettings),
        .target(name: "VM", dependencies: [
            "Compiler", "Syntax", "Formatting", "MersenneTwister", .product(name: "BigInt", package: "BigInt"),
        ], swiftSettings: hotPathSettings),
        .testTarget(name: "CompilerTests", dependencies: ["Compiler", "Syntax"]),
        .testTarget(name: "VMTests", dependencies: ["VM", "Compiler", "Syntax"]),
        .executableTarget(name: "looplab-run", dependencies: ["VM"]),
        // Pure value-level helpers the VM calls: CPython-exact number/string text
        // and CPython's `random` sequences. They know no VM object model.
        .target(name: "Formatting", dependencies: [
            .product(name: "BigInt", package: "BigInt"),
        ]),
        .testTarget(name: "FormattingTests", dependencies: ["Formatting",
            .product(name: "BigInt", package: "BigInt"),
        ], exclude: ["gen_fixtures.py"], resources: [.copy("Fixtures")]),
        .target(name: "MersenneTwister", dependencies: [
            .product(name: "BigInt", package: "BigInt"),
        ]),
        .testTarget(name: "MersenneTwisterTests", dependencies: ["MersenneTwister",
            .product(name: "BigInt", package: "BigInt"),
        ], exclude: ["gen_fixtures.py"], resources: [.copy("Fixtures")]),
        .executableTarget(name: "looplab", dependencies: [
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
