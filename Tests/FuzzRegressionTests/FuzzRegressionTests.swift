import Foundation
import Testing
import NarratorFuzzTargets
import NarratorTestSupport

/// Every seed of the fuzz corpora and every input a fuzzer ever crashed on
/// (`Fuzz/regressions/<target>/`), replayed through the same targets: each must end in a
/// result or a clear error, and keep the checked properties.
@Suite struct FuzzRegressionTests {
    static let fuzz = RepositoryPaths.root.appendingPathComponent("Fuzz")

    static func inputs(_ folder: String, _ target: String) -> [URL] {
        let directory = fuzz.appendingPathComponent(folder).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTargets.names)
    func seedsAndRegressionsRunCleanly(_ target: String) throws {
        let seeds = Self.inputs("corpus", target)
        #expect(!seeds.isEmpty, "no seed corpus for \(target)")
        for file in seeds + Self.inputs("regressions", target) {
            let bytes = try [UInt8](Data(contentsOf: file))
            let started = Date()
            #expect(throws: Never.self, "\(target): \(file.lastPathComponent)") { try FuzzTargets.run(target, bytes) }
            #expect(Date().timeIntervalSince(started) < 5, "\(target): \(file.lastPathComponent) is slow")
        }
    }
}
