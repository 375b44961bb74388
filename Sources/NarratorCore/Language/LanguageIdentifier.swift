/// Identifies the language a text is written in, from the text alone.
public protocol LanguageIdentifier: Sendable {
    /// BCP 47 tags of the languages the text may be written in, most likely first; empty when
    /// the text is too short or too mixed to tell.
    func identify(_ text: String) -> [String]
}
