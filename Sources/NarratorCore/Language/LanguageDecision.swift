/// The language an article is read in, and why: what its page declares (`lang`, JSON-LD,
/// meta tags) is a hint; what its text is written in decides.
public struct LanguageDecision: Sendable, Equatable, Codable {
    /// The BCP 47 tag chosen, nil when neither the page nor its text says.
    public var tag: String?
    /// What the page declared.
    public var declared: String?
    /// What the text was identified as (the most likely language).
    public var detected: String?
    /// Why `tag` was chosen, in a few words.
    public var reason: String

    public init(tag: String?, declared: String?, detected: String?, reason: String) {
        self.tag = tag
        self.declared = declared
        self.detected = detected
        self.reason = reason
    }

    /// Decides between the declared language and the identified candidates (most likely first).
    public static func decide(declared: String?, candidates: [String]) -> LanguageDecision {
        let declared = declared.flatMap { $0.isEmpty ? nil : $0 }
        guard let detected = candidates.first else {
            return LanguageDecision(tag: declared, declared: declared, detected: nil,
                                    reason: declared == nil ? "not declared; the text is too short or mixed to tell"
                                        : "declared; the text is too short or mixed to tell")
        }
        guard let declared else {
            return LanguageDecision(tag: detected, declared: nil, detected: detected, reason: "identified from the text")
        }
        if primary(declared) == primary(detected) {
            return LanguageDecision(tag: declared, declared: declared, detected: detected,
                                    reason: "declared, and the text agrees")
        }
        // Close languages are told apart less surely: a declared one among the candidates stands.
        if candidates.contains(where: { primary($0) == primary(declared) }) {
            return LanguageDecision(tag: declared, declared: declared, detected: detected,
                                    reason: "declared; the text may be either")
        }
        return LanguageDecision(tag: detected, declared: declared, detected: detected,
                                reason: "the page declares \(declared) but its text is \(detected)")
    }

    /// The language subtag of a BCP 47 tag, lower-cased ("en-GB" -> "en").
    public static func primary(_ tag: String) -> String {
        String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
    }

    /// Fewer words than this are too few to identify a language from ("Ferry" reads as Frisian).
    public static let minimumWords = 8

    /// The text identified for an article: its headline, standfirst and opening paragraphs,
    /// up to about `limit` characters (enough to tell, little to read).
    public static func sample(of article: Article, limit: Int = 2_000) -> String {
        var sample = [article.title, article.standfirst].compactMap { $0 }.joined(separator: " ")
        for paragraph in article.paragraphs where sample.utf8.count < limit {
            sample += " " + paragraph
        }
        return sample
    }
}
