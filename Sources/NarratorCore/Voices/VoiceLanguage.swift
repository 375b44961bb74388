/// The language an eSpeak NG voice name starts with.
enum VoiceLanguage {
    /// "en-us" -> "en", "en-gb+f3" -> "en", "cmn" -> "cmn": two or three letters that end the
    /// name or go on with "-" or "+"; nil for a name that does not start with a language code.
    static func code(ofEspeakName name: String) -> String? {
        let code = name.prefix { $0.isLetter }.lowercased()
        let rest = name.dropFirst(code.count)
        guard (2...3).contains(code.count), rest.isEmpty || rest.first == "-" || rest.first == "+" else { return nil }
        return code
    }
}
