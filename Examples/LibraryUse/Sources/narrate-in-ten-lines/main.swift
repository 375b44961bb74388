// Narrates an article through the Narrator library: narrate-in-ten-lines ARTICLE OUTPUT.wav
import Narrator

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fatalError("usage: narrate-in-ten-lines ARTICLE OUTPUT.wav") }
var options = NarrationOptions(voice: "en-gb", speed: try Speed.parse("1.25x"), output: arguments[2])
options.sidecars = [.vtt, .chaptersJSON]
let output = try await ArticleNarrator().narrate(arguments[1], options: options)
let timings = output.timings
print("\(output.audioPath): \(timings.chapters.count) chapters, \(timings.words) words, \(Int(timings.speed.measuredWPM)) WPM")
