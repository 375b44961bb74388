/// One audio file with its timings and sidecars.
public struct NarrationPiece: Sendable {
    public var audioPath: String
    public var timingsPath: String
    /// The sidecars written, in the order asked for.
    public var sidecarPaths: [String]
    public var timings: Timings

    public init(audioPath: String, timingsPath: String, sidecarPaths: [String], timings: Timings) {
        self.audioPath = audioPath
        self.timingsPath = timingsPath
        self.sidecarPaths = sidecarPaths
        self.timings = timings
    }
}
