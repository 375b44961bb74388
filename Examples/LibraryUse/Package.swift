// swift-tools-version:6.0
import PackageDescription

/// A package that uses Narrator as a library, the way any other package would: by dependency.
/// The test suite builds and runs it (NarrateLibraryPackageTests).
let package = Package(
    name: "LibraryUse",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Narrator", path: "../..")],
    targets: [
        .executableTarget(name: "narrate-in-ten-lines", dependencies: [.product(name: "Narrator", package: "Narrator")]),
    ],
    swiftLanguageModes: [.v6]
)
