import CSampleRate

/// Streaming sample-rate conversion with libsamplerate's band-limited sinc converter.
final class Resampler {
    private let state: OpaquePointer
    private let ratio: Double
    private var input: [Float] = []
    private var output: [Float]

    init(from sourceRate: Int, to targetRate: Int) throws {
        var error: Int32 = 0
        guard let state = src_new(Int32(SRC_SINC_MEDIUM_QUALITY), 1, &error) else {
            throw ResamplerError(message: String(cString: src_strerror(error)))
        }
        self.state = state
        ratio = Double(targetRate) / Double(sourceRate)
        output = [Float](repeating: 0, count: 16_384)
    }

    deinit { src_delete(state) }

    /// Converts `samples` (16-bit) and hands each block of output (floats in -1...1) to `emit`;
    /// `last` flushes what the filter still holds.
    func process(_ samples: ArraySlice<Int16>, last: Bool, emit: ([Float]) throws -> Void) throws {
        input += samples.map { Float($0) / 32_768 }
        var consumed = 0
        repeat {
            var produced = 0
            var used = 0
            let status: Int32 = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    var data = SRC_DATA()
                    data.data_in = inBuffer.baseAddress.map { $0 + consumed }
                    data.input_frames = Int(inBuffer.count - consumed)
                    data.data_out = outBuffer.baseAddress
                    data.output_frames = outBuffer.count
                    data.src_ratio = ratio
                    data.end_of_input = last ? 1 : 0
                    let status = src_process(state, &data)
                    produced = Int(data.output_frames_gen)
                    used = Int(data.input_frames_used)
                    return status
                }
            }
            guard status == 0 else { throw ResamplerError(message: String(cString: src_strerror(status))) }
            consumed += used
            if produced > 0 { try emit(Array(output[0..<produced])) }
            if produced == 0 && used == 0 { break }
        } while consumed < input.count || last
        input.removeFirst(consumed)
    }
}

struct ResamplerError: Error { var message: String }
