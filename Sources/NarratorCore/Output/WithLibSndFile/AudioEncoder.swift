import CSndFile
import Foundation
import NarratorCore

/// Turns a finished narration WAV into a compressed format with its tags and chapters.
///
/// FLAC, Ogg Vorbis, Ogg Opus and MP3 are encoded by libsndfile (Opus after resampling to
/// 24 kHz with libsamplerate); chapters are then added where libsndfile cannot put them:
/// Vorbis comments for FLAC and Ogg (`FLACComments`, `OggComments`), an ID3v2 tag with CHAP
/// frames in front of the MP3 (`ID3Chapters`). M4B is encoded by ffmpeg (`M4BEncoder`). The
/// WAV is read in blocks, so memory stays flat; the result is staged for `path` when complete
/// and appears there when the narration's set is committed.
public enum AudioEncoder {
    public static func encode(wav: String, to path: String, format: AudioFormat, tags: AudioTags,
                              timings: Timings, staging: OutputStaging) throws {
        switch format.encoding {
        case .pcmWAV:
            try staging.add(wav, as: path)
        case .ffmpegMP4:
            try M4BEncoder.encode(wav: wav, to: path, tags: tags, timings: timings, staging: staging)
        case .libsndfile(let codec, let compression):
            let encoded = OutputFile.temporaryPath(for: path, suffix: "encode.tmp")
            let tagged = OutputFile.temporaryPath(for: path, suffix: "\(format.fileExtension).tmp")
            defer { TemporaryFiles.remove(encoded) }
            do {
                try transcode(wav, to: encoded, format: format, codec: codec, compression: compression, path: path)
                try addChapters(format.chapters, codec: codec, from: encoded, to: tagged, tags: tags, timings: timings)
            } catch let failure as ContainerError {
                TemporaryFiles.remove(tagged)
                throw OutputError(path: path, problem: .cannotWrite(failure.message))
            } catch let error as OutputError {
                TemporaryFiles.remove(tagged)
                throw error
            } catch {
                TemporaryFiles.remove(tagged)
                throw OutputError(path: path, problem: .cannotWrite("\(error)"))
            }
            try staging.add(tagged, as: path)
            TemporaryFiles.remove(wav)
        }
    }

    /// Writes `encoded` to `tagged` with the tags and chapters in the format's container.
    static func addChapters(_ container: AudioFormat.ChapterContainer, codec: AudioFormat.Codec, from encoded: String, to tagged: String,
                            tags: AudioTags, timings: Timings) throws {
        let comments = VorbisComments(vendor: "Narrator \(NarratorVersion.string)", tags: tags, chapters: timings.chapters)
        switch container {
        case .flacVorbisComments: try FLACComments.rewrite(encoded, to: tagged, comments: comments)
        case .oggVorbisComments:
            try OggComments.rewrite(encoded, to: tagged, codec: codec == .opus ? .opus : .vorbis, comments: comments)
        case .id3v2: try prependID3(ID3Chapters.tag(tags: tags, chapters: timings.chapters), to: encoded, into: tagged)
        case .riffCue, .mp4:
            // Written with the audio itself (WAVFileSink, ffmpeg); never a libsndfile encoding.
            throw ContainerError(message: "\(container) chapters cannot be added to a libsndfile encoding")
        }
    }

    /// libsndfile's major and sub-format for each codec.
    static func sndfileFormat(_ codec: AudioFormat.Codec) -> Int32 {
        switch codec {
        case .flac: return Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16)
        case .vorbis: return Int32(SF_FORMAT_OGG | SF_FORMAT_VORBIS)
        case .opus: return Int32(SF_FORMAT_OGG | SF_FORMAT_OPUS)
        case .mp3: return Int32(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III)
        }
    }

    static func transcode(_ wav: String, to encoded: String, format: AudioFormat, codec: AudioFormat.Codec,
                          compression: Double, path: String) throws {
        var inInfo = SF_INFO()
        guard let input = sf_open(wav, Int32(SFM_READ), &inInfo) else {
            throw OutputError(path: path, problem: .cannotWrite("cannot read the narration: \(String(cString: sf_strerror(nil)))"))
        }
        defer { sf_close(input) }
        let rate = format.storedRate(engineRate: Int(inInfo.samplerate))
        var outInfo = SF_INFO()
        outInfo.samplerate = Int32(rate)
        outInfo.channels = 1
        outInfo.format = sndfileFormat(codec)
        guard let output = sf_open(encoded, Int32(SFM_WRITE), &outInfo) else {
            throw OutputError(path: path, problem: .cannotWrite("cannot encode \(format.rawValue): \(String(cString: sf_strerror(nil)))"))
        }
        var closed = false
        defer { if !closed { QuietStandardError.run { _ = sf_close(output) } } }
        if codec == .mp3 {
            var mode = Int32(SF_BITRATE_MODE_VARIABLE)
            sf_command(output, Int32(SFC_SET_BITRATE_MODE), &mode, Int32(MemoryLayout<Int32>.size))
        }
        var level = compression
        sf_command(output, Int32(SFC_SET_COMPRESSION_LEVEL), &level, Int32(MemoryLayout<Double>.size))
        func failed(_ what: String) -> OutputError {
            OutputError(path: path, problem: .cannotWrite("\(what): \(String(cString: sf_strerror(output)))"))
        }
        let resampler = rate == Int(inInfo.samplerate) ? nil : try Resampler(from: Int(inInfo.samplerate), to: rate)
        var block = [Int16](repeating: 0, count: 16_384)
        while true {
            let count = Int(block.withUnsafeMutableBufferPointer { sf_read_short(input, $0.baseAddress, sf_count_t($0.count)) })
            let last = count < block.count
            if let resampler {
                try resampler.process(block[0..<count], last: last) { floats in
                    let written = floats.withUnsafeBufferPointer { sf_write_float(output, $0.baseAddress, sf_count_t($0.count)) }
                    guard written == floats.count else { throw failed("cannot write audio") }
                }
            } else if count > 0 {
                let written = block.withUnsafeBufferPointer { sf_write_short(output, $0.baseAddress, sf_count_t(count)) }
                guard written == count else { throw failed("cannot write audio") }
            }
            if last { break }
        }
        closed = true
        guard sf_close(output) == 0 else { throw OutputError(path: path, problem: .cannotWrite("cannot finish the \(format.rawValue) file")) }
    }

    static func prependID3(_ tag: [UInt8], to source: String, into destination: String) throws {
        guard let input = FileHandle(forReadingAtPath: source),
              FileManager.default.createFile(atPath: destination, contents: Data(tag)),
              let output = FileHandle(forWritingAtPath: destination) else {
            throw OutputError(path: destination, problem: .cannotWrite(OutputFile.describeFailure(at: destination)))
        }
        defer { try? input.close(); try? output.close() }
        try output.seekToEnd()
        while let data = try input.read(upToCount: 1 << 20), !data.isEmpty { try output.write(contentsOf: data) }
    }
}
