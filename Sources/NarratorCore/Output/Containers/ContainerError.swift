/// A file container that cannot be read or rewritten (a WAV's marker chunks, a FLAC's metadata
/// blocks, an Ogg stream's pages); the writer turns it into an `OutputError` naming the output.
public struct ContainerError: Error, Equatable {
    public var message: String

    public init(message: String) { self.message = message }
}
