// swift-tools-version:6.0
import PackageDescription

/// Narrator: news articles in, narrated audio with chapter markers out.
///
/// Layout: one target per C library at the edges (eSpeak NG, libsndfile, libsamplerate, libxml2,
/// libcrypto), one Swift
/// module importing each, a C-free core holding the pipeline stages, and a thin executable.
let core = "Sources/NarratorCore"
let extractionEdge = "\(core)/Extraction/WithLibXML2"
let languageEdge = "\(core)/Language/WithTextCat"
let synthesisEdge = "\(core)/Synthesis/WithESpeak"
let outputEdge = "\(core)/Output/WithLibSndFile"
let batchRunner = "\(core)/Batch/Runner"

let package = Package(
    name: "Narrator",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Narrator", targets: ["Narrator"]),
        .executable(name: "narrate", targets: ["narrate"]),
        // The fuzz targets, for the libFuzzer drivers in Fuzz/ and the regression tests.
        .library(name: "NarratorFuzzTargets", targets: ["NarratorFuzzTargets"]),
        // Test doubles for library users' own tests: a tone engine and an in-memory audio sink.
        .library(name: "NarratorTesting", targets: ["NarratorTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // C at the edges.
        // C at the edges: one system-library target per C library, with the Debian package that
        // provides it; include paths from pkg-config, so the package needs no unsafe flags.
        .systemLibrary(name: "CESpeakNG", path: "Sources/CESpeakNG", pkgConfig: "espeak-ng", providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(name: "CSndFile", path: "Sources/CSndFile", pkgConfig: "sndfile", providers: [.apt(["libsndfile1-dev"])]),
        .systemLibrary(name: "CSampleRate", path: "Sources/CSampleRate", pkgConfig: "samplerate",
                       providers: [.apt(["libsamplerate0-dev"])]),
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CTextCat", path: "Sources/CTextCat", pkgConfig: "libexttextcat",
                       providers: [.apt(["libexttextcat-dev"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Only this shim sees libxml2's headers (they bring ICU, which clashes with Foundation's).
        .target(name: "CLibXML2Shim", dependencies: ["CLibXML2"], path: "Sources/CLibXML2Shim"),

        // The pipeline: C-free stages, then one Swift module per C library.
        // Sources/NarratorCore holds the stages as folders in pipeline order (Input, Extraction,
        // Language, Segmentation, Planning, Synthesis, Output, Batch). The C-free code of every
        // stage is the NarratorCore module; the stage's C edge is a small module in a "With..."
        // folder inside it (docs/architecture.md draws the path).
        .target(
            name: "NarratorCore",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            exclude: [extractionEdge, languageEdge, synthesisEdge, outputEdge, batchRunner].map { String($0.dropFirst(core.count + 1)) }
        ),
        .target(name: "NarratorHTML", dependencies: ["NarratorCore", "CLibXML2Shim"], path: extractionEdge),
        .target(name: "NarratorTextCat", dependencies: ["NarratorCore", "CTextCat"], path: languageEdge),
        .target(name: "NarratorESpeak", dependencies: ["NarratorCore", "CESpeakNG"], path: synthesisEdge),
        .target(name: "NarratorAudio", dependencies: ["NarratorCore", "CSndFile", "CSampleRate"], path: outputEdge),
        .target(
            name: "Narrator",
            dependencies: ["NarratorCore", "NarratorHTML", "NarratorESpeak", "NarratorAudio", "NarratorTextCat",
                           .product(name: "Logging", package: "swift-log")]
        ),

        // Batch jobs: worker processes, item keys, the sentence cache (SHA-256 from libcrypto).
        .target(name: "NarratorBatch", dependencies: ["Narrator", "NarratorESpeak", "CCrypto"], path: batchRunner),

        // Every parser of untrusted text as a fuzz target (driven from Fuzz/, replayed in tests).
        .target(name: "NarratorFuzzTargets", dependencies: ["Narrator", "NarratorHTML"]),

        // The thin command line.
        .executableTarget(
            name: "narrate",
            dependencies: ["Narrator", "NarratorBatch",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Logging", package: "swift-log")]
        ),

        // Test doubles (kept out of the library users link, like swift-log's InMemoryLogging).
        .target(name: "NarratorTesting", dependencies: ["NarratorCore"]),

        // Test helpers (paths, a WAV reader independent of libsndfile, a process runner).
        .target(name: "NarratorTestSupport", path: "Tests/NarratorTestSupport"),
        .testTarget(name: "NarratorCoreTests", dependencies: ["NarratorCore", "NarratorTesting", "NarratorTestSupport"]),
        .testTarget(name: "NarratorTests", dependencies: ["Narrator", "NarratorHTML", "NarratorAudio", "NarratorTextCat", "NarratorTesting", "CSndFile",
                                                          "NarratorTestSupport"]),
        .testTarget(name: "NarrateCLITests", dependencies: ["NarratorTestSupport"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["NarratorFuzzTargets", "NarratorTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
