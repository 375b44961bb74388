import Foundation

/// The words a narration adds to the article, in the language of the voice that reads them:
/// the byline and date announced after the headline (`--announce`) and an edition's "Story 2 of
/// 3." A German voice reading "By Anna Roth. Published 3 May 2026." says English words with
/// German letter sounds; it is given "Von Anna Roth. Veröffentlicht am 3. Mai 2026." The date is
/// written by ICU (Foundation's date formatter) in the language's own long form.
public struct AnnouncementWording: Sendable, Equatable {
    /// The eSpeak NG language the words are in ("en", "de", "cmn").
    public let language: String
    let byline: String
    let published: String
    let story: String
    let locale: String

    /// English: "By Priya Raman." "Published 3 November 2026." "Story 2 of 3."
    public static let english = AnnouncementWording(language: "en", byline: "By {name}.", published: "Published {date}.",
                                                    story: "Story {n} of {m}.", locale: "en_GB")

    /// Wordings by eSpeak NG language code, for the languages of the larger news markets.
    static let known: [AnnouncementWording] = [
        english,
        .init(language: "de", byline: "Von {name}.", published: "Veröffentlicht am {date}.", story: "Artikel {n} von {m}.", locale: "de"),
        .init(language: "fr", byline: "Par {name}.", published: "Publié le {date}.", story: "Article {n} sur {m}.", locale: "fr"),
        .init(language: "es", byline: "Por {name}.", published: "Publicado el {date}.", story: "Artículo {n} de {m}.", locale: "es"),
        .init(language: "it", byline: "Di {name}.", published: "Pubblicato il {date}.", story: "Articolo {n} di {m}.", locale: "it"),
        .init(language: "pt", byline: "Por {name}.", published: "Publicado em {date}.", story: "Artigo {n} de {m}.", locale: "pt"),
        .init(language: "nl", byline: "Door {name}.", published: "Gepubliceerd op {date}.", story: "Artikel {n} van {m}.", locale: "nl"),
        .init(language: "sv", byline: "Av {name}.", published: "Publicerad den {date}.", story: "Artikel {n} av {m}.", locale: "sv"),
        .init(language: "da", byline: "Af {name}.", published: "Udgivet den {date}.", story: "Artikel {n} af {m}.", locale: "da"),
        .init(language: "nb", byline: "Av {name}.", published: "Publisert {date}.", story: "Artikkel {n} av {m}.", locale: "nb"),
        .init(language: "pl", byline: "Autor: {name}.", published: "Opublikowano {date}.", story: "Artykuł {n} z {m}.", locale: "pl"),
        .init(language: "cmn", byline: "作者：{name}。", published: "发布于{date}。", story: "第{n}篇，共{m}篇。", locale: "zh"),
        .init(language: "yue", byline: "作者：{name}。", published: "發佈於{date}。", story: "第{n}篇，共{m}篇。", locale: "zh-Hant"),
    ]

    /// The wording for an eSpeak NG voice ("en-gb+f3", "de", "cmn"; a name without a language
    /// code is taken as English, as `SpeechNormalizer` does), nil for a language without one.
    public init?(voice espeakName: String) {
        let language = VoiceLanguage.code(ofEspeakName: espeakName) ?? "en"
        let code = language == "no" ? "nb" : language
        guard let wording = Self.known.first(where: { $0.language == code }) else { return nil }
        self = wording
    }

    init(language: String, byline: String, published: String, story: String, locale: String) {
        (self.language, self.byline, self.published, self.story, self.locale) = (language, byline, published, story, locale)
    }

    /// "By Priya Raman." A label the byline carries ("By ", or this language's, "Von ") is not said twice.
    func byline(_ byline: String) -> String {
        var name = byline.trimmingCharacters(in: .whitespaces)
        let label = self.byline.prefix { $0 != "{" }
        for prefix in ["by ", label.lowercased()] where !prefix.trimmingCharacters(in: .whitespaces).isEmpty {
            if name.lowercased().hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
        }
        return self.byline.replacingOccurrences(of: "{name}", with: name)
    }

    /// "Published 3 November 2026." for a date given as ISO 8601 ("2026-11-03", with or without
    /// a time, which is not said); nil for any other text.
    func published(_ iso: String) -> String? {
        let day = String(iso.prefix(10))
        let written: String
        if language == "en" {
            guard let date = SpokenDates.isoDate(day) else { return nil }
            written = date
        } else {
            guard SpokenDates.isoDate(day) != nil else { return nil }
            let parts = day.split(separator: "-").compactMap { Int($0) }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            guard let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return nil }
            let formatter = DateFormatter()
            formatter.calendar = calendar
            formatter.timeZone = calendar.timeZone
            formatter.locale = Locale(identifier: locale)
            formatter.dateStyle = .long
            formatter.timeStyle = .none
            written = formatter.string(from: date)
        }
        return published.replacingOccurrences(of: "{date}", with: written)
    }

    /// "Story 2 of 3."
    func story(_ number: Int, of count: Int) -> String {
        story.replacingOccurrences(of: "{n}", with: String(number)).replacingOccurrences(of: "{m}", with: String(count))
    }
}
