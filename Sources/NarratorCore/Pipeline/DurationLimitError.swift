/// A narration that would pass the longest audio allowed (`--max-minutes`).
public struct DurationLimitError: NarratorError, Equatable {
    public var limitSeconds: Double
    /// The sentence that would have passed it (1-based).
    public var sentence: Int

    public var description: String {
        let minutes = limitSeconds / 60
        let shown = minutes == minutes.rounded() ? String(Int(minutes)) : String(minutes)
        return "the narration would be longer than the \(shown)-minute limit (at sentence \(sentence)); "
            + "raise --max-minutes or narrate the article in parts"
    }

    public var exitStatus: ExitStatus { .dataError }
}
