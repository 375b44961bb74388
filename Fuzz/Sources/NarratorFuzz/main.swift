import Foundation
import NarratorFuzzTargets

// libFuzzer calls this entry point's callback with each input; NARRATOR_FUZZ_TARGET picks the
// parser (see FuzzTargets.names). A property violation aborts, so libFuzzer saves the input.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

nonisolated(unsafe) var target = ""

@_cdecl("NarratorFuzz_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    target = ProcessInfo.processInfo.environment["NARRATOR_FUZZ_TARGET"] ?? ""
    guard FuzzTargets.names.contains(target) else {
        FileHandle.standardError.write(Data("set NARRATOR_FUZZ_TARGET to one of: \(FuzzTargets.names.joined(separator: ", "))\n".utf8))
        return 64
    }
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
        do {
            try FuzzTargets.run(target, bytes)
        } catch {
            FileHandle.standardError.write(Data("property violated: \(error)\n".utf8))
            abort()
        }
        return 0
    }
}
