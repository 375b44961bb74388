// swift-tools-version:6.2
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
let fetchEdge = "\(core)/Input/WithHTTPClient"

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
        // Pages and feeds from the web (and, in tests, the local server that serves them).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        // The service: HTTP (Hummingbird 2), the library in SQLite (GRDB), shutdown, metrics.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
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
        .systemLibrary(name: "CBrotli", path: "Sources/CBrotli", pkgConfig: "libbrotlidec", providers: [.apt(["libbrotli-dev"])]),
        // Only this shim sees libxml2's headers (they bring ICU, which clashes with Foundation's).
        .target(name: "CLibXML2Shim", dependencies: ["CLibXML2"], path: "Sources/CLibXML2Shim"),
        // Process facts Swift cannot reach: the arguments without /proc, prctl for workers.
        .target(name: "CProcess", path: "Sources/CProcess"),

        // The pipeline: C-free stages, then one Swift module per C library.
        // Sources/NarratorCore holds the stages as folders in pipeline order (Input, Extraction,
        // Language, Segmentation, Planning, Synthesis, Output, Batch). The C-free code of every
        // stage is the NarratorCore module; the stage's C edge is a small module in a "With..."
        // folder inside it (docs/architecture.md draws the path).
        .target(
            name: "NarratorCore",
            dependencies: [.product(name: "Logging", package: "swift-log")],
            exclude: [extractionEdge, languageEdge, synthesisEdge, outputEdge, batchRunner, fetchEdge].map { String($0.dropFirst(core.count + 1)) }
        ),
        .target(name: "NarratorHTML", dependencies: ["NarratorCore", "CLibXML2Shim"], path: extractionEdge),
        .target(name: "NarratorTextCat", dependencies: ["NarratorCore", "CTextCat"], path: languageEdge),
        .target(name: "NarratorESpeak", dependencies: ["NarratorCore", "CESpeakNG"], path: synthesisEdge),
        // Fetching pages and feeds: AsyncHTTPClient (gzip and deflate) and libbrotli's decoder.
        .target(name: "NarratorFetch", dependencies: ["NarratorCore", "CBrotli",
                                                      .product(name: "AsyncHTTPClient", package: "async-http-client"),
                                                      .product(name: "NIOCore", package: "swift-nio"),
                                                      .product(name: "NIOPosix", package: "swift-nio"),
                                                      .product(name: "NIOHTTP1", package: "swift-nio"),
                                                      .product(name: "NIOSSL", package: "swift-nio-ssl"),
                                                      .product(name: "NIOHTTPCompression", package: "swift-nio-extras")],
                path: fetchEdge),
        .target(name: "NarratorAudio", dependencies: ["NarratorCore", "CSndFile", "CSampleRate"], path: outputEdge),
        .target(
            name: "Narrator",
            dependencies: ["NarratorCore", "NarratorHTML", "NarratorESpeak", "NarratorAudio", "NarratorTextCat", "NarratorFetch",
                           "CProcess",
                           .product(name: "Logging", package: "swift-log")]
        ),

        // Batch jobs: worker processes, item keys, the sentence cache (SHA-256 from libcrypto).
        .target(name: "NarratorBatch", dependencies: ["Narrator", "NarratorESpeak", "CCrypto", .product(name: "Logging", package: "swift-log")],
                path: batchRunner),

        // `narrate serve`: the API, the library and its durable job queue on the batch's workers.
        .target(name: "NarratorServer", dependencies: [
            "Narrator", "NarratorBatch", "NarratorESpeak",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Logging", package: "swift-log")],
            resources: [.copy("Web/Assets")]),

        // Every parser of untrusted text as a fuzz target (driven from Fuzz/, replayed in tests).
        .target(name: "NarratorFuzzTargets", dependencies: ["Narrator", "NarratorHTML"]),

        // The thin command line.
        .executableTarget(
            name: "narrate",
            dependencies: ["Narrator", "NarratorBatch", "NarratorServer",
                           .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "Logging", package: "swift-log")]
        ),

        // Test doubles (kept out of the library users link, like swift-log's InMemoryLogging).
        .target(name: "NarratorTesting", dependencies: ["NarratorCore"]),

        // Test helpers (paths, a WAV reader independent of libsndfile, a process runner).
        .target(name: "NarratorTestSupport", path: "Tests/NarratorTestSupport"),
        // A loopback HTTP server for the fetching tests (SwiftNIO; brotli's encoder for "br").
        .systemLibrary(name: "CBrotliEncoder", path: "Tests/CBrotliEncoder", pkgConfig: "libbrotlienc"),
        .target(name: "NarratorTestServer", dependencies: [
            "CBrotliEncoder", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"), .product(name: "NIOHTTPCompression", package: "swift-nio-extras")],
                path: "Tests/NarratorTestServer", swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(name: "NarratorCoreTests", dependencies: ["NarratorCore", "NarratorTesting", "NarratorTestSupport"]),
        .testTarget(name: "NarratorTests", dependencies: ["Narrator", "NarratorHTML", "NarratorAudio", "NarratorTextCat", "NarratorTesting", "CSndFile",
                                                          "NarratorTestSupport", "NarratorFetch", "NarratorTestServer"]),
        .testTarget(name: "NarrateCLITests", dependencies: ["NarratorTestSupport", "NarratorTestServer",
                                                             .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["NarratorFuzzTargets", "NarratorTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
