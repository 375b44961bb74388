import Foundation
import Testing
import NarratorTestSupport

/// Narrator as a dependency: a separate package (Examples/LibraryUse) that depends on it by path
/// is built with SwiftPM and narrates an article through the library alone.
@Suite struct LibraryPackageTests {
    @Test func aPackageThatDependsOnNarratorBuildsAndNarrates() throws {
        let root = RepositoryPaths.root
        let swift = try #require(ProcessRunner.which("swift"))
        let scratch = root.appendingPathComponent(".build/library-use").path
        let build = try ProcessRunner.run(swift, ["build", "--package-path", root.appendingPathComponent("Examples/LibraryUse").path,
                                                  "--scratch-path", scratch])
        try #require(build.status == 0, "\(build.stdout.suffix(2000))\(build.stderr.suffix(2000))")

        let directory = try RepositoryPaths.temporaryDirectory()
        let wav = directory.appendingPathComponent("harbour.wav").path
        let run = try ProcessRunner.run(scratch + "/debug/narrate-in-ten-lines", [RepositoryPaths.sample("harbour-tides.html").path, wav])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("\(wav): 4 chapters"), "\(run.stdout)")
        let reader = try RIFFReader(path: wav)
        #expect(reader.cues.count == 4)
        #expect(reader.frames > reader.sampleRate * 30)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("harbour.vtt").path))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("harbour.chapters.json").path))
    }

    /// SwiftPM refuses unsafe flags in any package that is depended on by URL.
    @Test func theManifestHasNoUnsafeFlags() throws {
        let manifest = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(!manifest.contains(".unsafeFlags("))
    }
}
