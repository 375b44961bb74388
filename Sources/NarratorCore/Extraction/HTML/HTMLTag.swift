/// The HTML elements and attributes the extractor tells apart; every other name is `.other`.
///
/// A page's tree stores one byte per element name instead of a string: the extractor only
/// ever compares names against these.
public enum HTMLTag: String, Sendable, CaseIterable {
    case other = "#other", document = "#document", text = "#text"
    case html, head, body, title, meta, script, style, noscript, template, svg, math
    case nav, button, select, input, textarea, iframe, canvas, video, audio, object, embed
    case picture, img, map, dialog, menu, figcaption, figure, footer, aside, form, label, header
    case h1, h2, h3, h4, h5, h6, p, li, dd, dt, table, tr, td, th, pre, hr, br
    case div, ul, ol, dl, blockquote, section, article, main
    case a, abbr, b, bdi, bdo, cite, code, data, del, dfn, em, font, i, ins, kbd, mark, q, s
    case samp, small, span, strong, sub, sup, time, u, `var`, wbr, nobr, tt, big

    /// The tag for an element name (lower-case UTF-8, as libxml2 reports it).
    public init(name: UnsafeRawBufferPointer) {
        let tag = HTMLTag(rawValue: String(decoding: name, as: UTF8.self)) ?? .other
        self = tag == .document || tag == .text ? .other : tag
    }

    /// `<h1>` to `<h6>`.
    public var isHeading: Bool { headingRank != nil }

    /// A heading's rank, 1 for `<h1>` to 6 for `<h6>`; nil for other elements.
    public var headingRank: Int? {
        switch self {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: nil
        }
    }

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

    /// Elements that hold code or its output, whose words may run together ("set<span>State").
    public var holdsCode: Bool {
        switch self {
        case .code, .pre, .kbd, .samp, .tt, .var: return true
        default: return false
        }
    }

    /// Elements whose text is never read (nor counted).
    public var hidesText: Bool { self == .script || self == .style || self == .template }
}

/// The attributes the extractor reads; others (href, src, data-*, event handlers...) are not kept.
public enum HTMLAttribute: String, Sendable, CaseIterable {
    case `class`, id, itemprop, itemtype, name, type, style, role, rel, property, lang, xmlLang = "xml:lang"
    case httpEquiv = "http-equiv", hidden, datetime, content, ariaHidden = "aria-hidden", charset, start
    case ariaControls = "aria-controls", ariaExpanded = "aria-expanded"

    /// The attribute for a name (lower-case UTF-8), or nil for one the extractor does not read.
    public init?(name: UnsafeRawBufferPointer) {
        self.init(rawValue: String(decoding: name, as: UTF8.self))
    }
}
