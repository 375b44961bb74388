/// The HTML elements and attributes the extractor tells apart; every other name is `.other`.
///
/// A page's tree stores one byte per element name instead of a string: the extractor only
/// ever compares names against these.
public enum HTMLTag: UInt8, Sendable, CaseIterable {
    case other, document, text
    case html, head, body, title, meta, script, style, noscript, template, svg, math
    case nav, button, select, input, textarea, iframe, canvas, video, audio, object, embed
    case picture, img, map, dialog, menu, figcaption, figure, footer, aside, form, label, header
    case h1, h2, h3, h4, h5, h6, p, li, dd, dt, table, tr, td, th, pre, hr, br
    case div, ul, ol, dl, blockquote, section, article, main
    case a, abbr, b, bdi, bdo, cite, code, data, del, dfn, em, font, i, ins, kbd, mark, q, s
    case samp, small, span, strong, sub, sup, time, u, `var`, wbr, nobr, tt, big

    /// The tag for an element name (lower-case bytes, as libxml2 reports them).
    public init(name: some Collection<UInt8>) {
        self = Self.byName[Array(name)] ?? .other
    }

    private static let byName: [[UInt8]: HTMLTag] = {
        var table: [[UInt8]: HTMLTag] = [:]
        for tag in allCases where tag != .other && tag != .document && tag != .text {
            table[Array("\(tag)".utf8)] = tag
        }
        return table
    }()

    /// Phrasing elements: their text runs on with the text around them.
    public var isInline: Bool {
        switch self {
        case .a, .abbr, .b, .bdi, .bdo, .br, .cite, .code, .data, .del, .dfn, .em, .font, .i, .ins, .kbd,
             .mark, .q, .s, .samp, .small, .span, .strong, .sub, .sup, .time, .u, .var, .wbr, .nobr, .tt, .big:
            return true
        default:
            return false
        }
    }

    /// Elements whose text is never read (nor counted).
    public var hidesText: Bool { self == .script || self == .style || self == .template }
}

/// The attributes the extractor reads; others (href, src, data-*, event handlers...) are not kept.
public enum HTMLAttribute: UInt8, Sendable, CaseIterable {
    case `class`, id, itemprop, itemtype, name, type, style, role, rel, property, lang, xmlLang
    case httpEquiv, hidden, datetime, content, ariaHidden, charset

    /// The attribute for a name (lower-case bytes), or nil for one the extractor does not read.
    public init?(name: some Collection<UInt8>) {
        guard let attribute = Self.byName[Array(name)] else { return nil }
        self = attribute
    }

    public var name: String {
        switch self {
        case .xmlLang: return "xml:lang"
        case .httpEquiv: return "http-equiv"
        case .ariaHidden: return "aria-hidden"
        default: return "\(self)"
        }
    }

    private static let byName: [[UInt8]: HTMLAttribute] = {
        var table: [[UInt8]: HTMLAttribute] = [:]
        for attribute in allCases { table[Array(attribute.name.utf8)] = attribute }
        return table
    }()
}
