import Foundation
import NarratorCore

/// Turns a narrated WAV into the files asked for: the audio in its format, whole or split into
/// numbered pieces, each with its timings and sidecars. A narration is its files together:
/// every file is staged under a temporary name and the set is committed at once
/// (`OutputStaging`), so if any cannot be written none is left, and two runs writing the same
/// names leave one whole set, never a mix.
package struct OutputWriter {
    package var format: AudioFormat
    package var sidecars: [SidecarFormat]
    package var markers: MarkerDetail
    package var split: SplitRule?
    package var tags: AudioTags

    package init(format: AudioFormat, sidecars: [SidecarFormat], markers: MarkerDetail, split: SplitRule?, tags: AudioTags) {
        self.format = format
        self.sidecars = sidecars
        self.markers = markers
        self.split = split
        self.tags = tags
    }

    /// Where the narration's WAV goes first: the output itself for an unsplit WAV, else a
    /// temporary file beside it.
    package func narrationPath(for output: String) -> String {
        format == .wav && split == nil ? output : OutputFile.temporaryPath(for: output, suffix: "narration.wav")
    }

    /// `staging` holds the narration's WAV already when it is the output itself (`narrationPath`).
    package func write(narration wav: String, output: String, timings: Timings,
                       staging: OutputStaging) throws -> [NarrationPiece] {
        do {
            var pieces: [NarrationPiece] = []
            if let split {
                let ranges = split.pieces(of: timings)
                var firstSentence = 1
                for (index, range) in ranges.enumerated() {
                    let path = SplitRule.piecePath(output, index: index, count: ranges.count)
                    let slice = timings.slice(range, audio: URL(fileURLWithPath: path).lastPathComponent)
                    let pieceWAV = format == .wav ? path : OutputFile.temporaryPath(for: path, suffix: "narration.wav")
                    let sink = try WAVFileSink(path: pieceWAV, sampleRate: timings.sampleRate, reportAs: path)
                    if format == .wav { sink.staging = staging }
                    let points = markers.points(in: slice, firstSentence: firstSentence)
                    var pieceTags = tags
                    pieceTags.title = tags.title.map { "\($0) (\(index + 1)/\(ranges.count))" }
                    do {
                        try sink.start(chapterTitles: points.map(\.title), tags: pieceTags)
                        try WAVSlicer.copy(wav, frames: range, into: sink)
                        try sink.finish(chapters: points)
                    } catch {
                        sink.discard()
                        throw error
                    }
                    pieces.append(try finish(pieceWAV, as: path, timings: slice, tags: pieceTags, staging: staging))
                    firstSentence += slice.sentences.count
                }
                TemporaryFiles.remove(wav)
            } else {
                pieces.append(try finish(wav, as: output, timings: timings, tags: tags, staging: staging))
            }
            try staging.commit()
            return pieces
        } catch {
            staging.discard()
            TemporaryFiles.remove(wav)
            throw error
        }
    }

    /// Encodes one WAV into the output format at `path` and writes its timings and sidecars.
    /// A WAV output was staged by its sink already.
    private func finish(_ wav: String, as path: String, timings: Timings, tags: AudioTags,
                        staging: OutputStaging) throws -> NarrationPiece {
        var timings = timings
        if format != .wav {
            do {
                try AudioEncoder.encode(wav: wav, to: path, format: format, tags: tags, timings: timings, staging: staging)
            } catch {
                TemporaryFiles.remove(wav)
                throw error
            }
            timings.describeStorage(sampleRate: format.storedRate(engineRate: timings.sampleRate))
        }
        let timingsPath = path + ".timings.json"
        try staging.write(try timings.json(), to: timingsPath)
        var sidecarPaths: [String] = []
        for sidecar in sidecars {
            let sidecarPath = sidecar.path(besideAudio: path)
            try staging.write(Data(sidecar.render(timings).utf8), to: sidecarPath)
            sidecarPaths.append(sidecarPath)
        }
        return NarrationPiece(audioPath: path, timingsPath: timingsPath, sidecarPaths: sidecarPaths, timings: timings)
    }
}
