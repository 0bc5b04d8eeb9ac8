// swift-tools-version:6.0
// The layering is the dependency graph below; it flows one way:
//   Syntax → Compiler → VM → Asyncio (VM + Engine) → Presentation → Lessons → Shell → looplab
// Formatting and MersenneTwister are value-level helpers of the VM;
// LineEditor (libedit) is used by Shell only.
import PackageDescription

/// Hot targets skip Swift's dynamic exclusivity checks: they cost 1.3–2.5× in
/// interpreter loops (DESIGN §8). Unsafe flags are allowed for a root package.
let hotPathSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
]
let bigInt: Target.Dependency = .product(name: "BigInt", package: "BigInt")

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
        .target(name: "LineEditor", dependencies: ["CLibEdit"]),

        // The lesson language (DESIGN §3), one target per pipeline stage.
        .target(name: "Syntax", swiftSettings: hotPathSettings),
        .target(name: "Compiler", dependencies: ["Syntax", bigInt], swiftSettings: hotPathSettings),
        .target(name: "VM", dependencies: ["Compiler", "Syntax", "Formatting", "MersenneTwister", bigInt],
                swiftSettings: hotPathSettings),
        // Pure value-level helpers the VM calls: CPython-exact number/string text
        // and CPython's `random` sequences. They know no VM object model.
        .target(name: "Formatting", dependencies: [bigInt], swiftSettings: hotPathSettings),
        .target(name: "MersenneTwister", dependencies: [bigInt]),

        // CPython 3.11's asyncio on a virtual clock (DESIGN §4).
        .target(name: "Engine", exclude: ["README.md"], swiftSettings: hotPathSettings,
                linkerSettings: [.linkedLibrary("m")]),
        // Swift fake coroutines shared by the engine's tests and EngineBench.
        .target(name: "EngineTestSupport", dependencies: ["Engine"], path: "Tests/EngineTestSupport"),
        // Measures the native loop's task switches per second (release build).
        .executableTarget(name: "EngineBench", dependencies: ["Engine", "EngineTestSupport"], path: "Benchmarks/EngineBench",
                          swiftSettings: hotPathSettings),

        // The bridge: the `asyncio` and `concurrent.futures` native modules, VM coroutines as
        // engine coroutines, the virtual clock behind `time`.
        .target(name: "Asyncio", dependencies: ["VM", "Engine", "Compiler", "Syntax"],
                swiftSettings: hotPathSettings),

        .target(name: "Presentation"),
        .target(name: "Lessons", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "Shell", dependencies: [
            "LineEditor", "Lessons", "Presentation", "VM", "Asyncio", "Engine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "looplab", dependencies: ["Shell"]),

        .testTarget(name: "SyntaxTests", dependencies: ["Syntax"],
                    exclude: ["Fixtures", "Programs", "gen_syntax_errors.py", "gen_ast_fixtures.py",
                              "gen_token_fixtures.py", "gen_mutation_fixtures.py"]),
        .testTarget(name: "CompilerTests", dependencies: ["Compiler", "Syntax"]),
        .testTarget(name: "VMTests", dependencies: ["VM", "Compiler", "Syntax"], exclude: ["gen_cases.py"]),
        .testTarget(name: "FormattingTests", dependencies: ["Formatting", bigInt],
                    exclude: ["gen_fixtures.py"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MersenneTwisterTests", dependencies: ["MersenneTwister", bigInt],
                    exclude: ["gen_fixtures.py"], resources: [.copy("Fixtures")]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "EngineTestSupport"], exclude: ["Scenarios"]),
        .testTarget(name: "AsyncioTests", dependencies: ["Asyncio", "Engine", "VM", "Syntax"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons"]),
        .testTarget(name: "PresentationTests", dependencies: ["Presentation"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "LineEditor"]),
    ],
    swiftLanguageModes: [.v5]
)
