// swift-tools-version:6.0
import PackageDescription

/// libFuzzer drivers for Narrator's parsers (`make fuzz`). Built apart from the main package,
/// with `-sanitize=fuzzer,address`, so normal builds stay uninstrumented.
let package = Package(
    name: "NarratorFuzz",
    dependencies: [.package(name: "Narrator", path: "..")],
    targets: [
        .executableTarget(name: "NarratorFuzz", dependencies: [.product(name: "NarratorFuzzTargets", package: "Narrator")]),
    ]
)
