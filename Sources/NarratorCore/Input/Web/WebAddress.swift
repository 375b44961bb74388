import Foundation

/// Web addresses as inputs: which arguments are URLs, which schemes are fetched, and the output
/// name a URL gives when none is asked for.
public enum WebAddress {
    /// True for an argument written as a URL ("scheme://..."), whatever its scheme; a path never
    /// holds "://" before its first slash.
    public static func looksLikeURL(_ argument: String) -> Bool {
        guard let range = argument.range(of: "://") else { return false }
        let scheme = argument[..<range.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && scheme.first!.isLetter
    }

    /// The URL when `argument` is an http or https address with a host.
    ///
    /// - Throws: `FetchError` for another scheme or an address that does not parse.
    public static func parse(_ argument: String) throws -> URL {
        guard let url = URL(string: argument.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased() else {
            throw FetchError(url: argument, problem: .badAddress("not a valid web address"))
        }
        guard scheme == "http" || scheme == "https" else {
            throw FetchError(url: argument, problem: .badAddress("only http and https addresses are fetched, not \(scheme)"))
        }
        guard let host = url.host, !host.isEmpty else {
            throw FetchError(url: argument, problem: .badAddress("the address has no host"))
        }
        return url
    }

    /// `https://host/a/b?q#f` -> `host`, lower-cased with its port: the unit of politeness.
    public static func hostKey(_ url: URL) -> String {
        let host = (url.host ?? "").lowercased()
        return url.port.map { "\(host):\($0)" } ?? host
    }

    /// The default output name for an article at `url`: the last path segment that says
    /// something (not an index page, a bare number or an extension), as a slug; nil when the
    /// path has none (the headline then names the file).
    public static func outputName(for url: URL) -> String? {
        let segments = url.path.split(separator: "/").map(String.init).reversed()
        for segment in segments {
            var base = segment.removingPercentEncoding ?? segment
            if let dot = base.lastIndex(of: "."), ["html", "htm", "php", "asp", "aspx", "jsp", "shtml", "xhtml", "txt", "md"]
                .contains(base[base.index(after: dot)...].lowercased()) {
                base = String(base[..<dot])
            }
            if ["index", "default", "amp", "story", "article", "news"].contains(base.lowercased()) { continue }
            let slug = Slug.make(base)
            if slug.isEmpty || slug.allSatisfy({ $0.isNumber || $0 == "-" }) { continue }
            return slug
        }
        return nil
    }

    /// An address as it is shown and recorded: without user or password.
    public static func display(_ url: URL) -> String {
        guard url.user != nil || url.password != nil, var parts = URLComponents(url: url, resolvingAgainstBaseURL: false)
        else { return url.absoluteString }
        parts.user = nil
        parts.password = nil
        return parts.string ?? url.absoluteString
    }
}
