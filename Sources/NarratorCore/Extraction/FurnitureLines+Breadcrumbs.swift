import Foundation

/// A breadcrumb trail set as text at the top of an article: "Home » Best Drip Coffee Makers of
/// 2026", "Home >Marketing >7 Plumbing Trends You Need to Know". Its last step is the article's
/// own headline, which a listener has just heard; the steps before it are the site's sections.
/// (A linked trail goes with the other lines of links, and a class naming breadcrumbs marks the
/// rest. A menu path in a how-to, "Home > Conditional Formatting > New Rule", ends elsewhere.)
extension FurnitureLines {
    /// The separators between a trail's steps.
    static let trailSeparators: Set<Character> = ["»", "›", ">", "/", "|", "→"]

    /// A trail holds this many words before the headline at most: a few sections' names.
    static let trailWords = 12

    /// Whether the line is a trail of steps, each followed by a separator, ending in the headline.
    static func isBreadcrumbTrail(_ text: String, headline: String?) -> Bool {
        // Bytes first: every paragraph is asked, and counting its characters would walk it all.
        guard let headline, !headline.isEmpty, text.utf8.count > headline.utf8.count, text.hasSuffix(headline),
              text.count > headline.count else { return false }
        let steps = text.dropLast(headline.count).trimmingCharacters(in: .whitespaces)
        guard let last = steps.last, trailSeparators.contains(last) else { return false }
        let words = ByteText.wordCount(steps.utf8)
        return words >= 1 && words <= trailWords
    }
}
