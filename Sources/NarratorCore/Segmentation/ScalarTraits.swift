/// Character classes the segmenter asks about, on Unicode scalars, with ASCII answered directly:
/// the segmenter works on scalars, not grapheme clusters, to stay fast on whole documents.
extension Unicode.Scalar {
    var isSpace: Bool {
        value == 0x20 || (0x09...0x0D).contains(value) || (value >= 0x80 && properties.isWhitespace)
    }

    var isLineBreak: Bool {
        value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C || value == 0x85 || value == 0x2028 || value == 0x2029
    }

    var isUpper: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    var isLower: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase
    }

    var isDigit: Bool {
        value < 0x80 ? (0x30...0x39).contains(value) : properties.numericType != nil
    }

    var isLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }

    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }

    /// An emoji picture (digits, # and * are emoji only with a keycap, and are not).
    var isPictograph: Bool {
        value >= 0x2300 && (properties.isEmoji || properties.isEmojiPresentation)
    }

    /// A face, a gesture, a heart or a cheer (🎉, 🔥, 💯, 💪): emoji that react to what was just
    /// said ("I guess. 🤷"),
    /// where a check mark, a star or an arrow marks what comes next ("✅ Kajabi", "▶️ Click").
    var isReactionEmoji: Bool {
        (0x1F600...0x1F64F).contains(value) || (0x1F910...0x1F92F).contains(value) || (0x1F970...0x1F97F).contains(value)
            || (0x1F440...0x1F450).contains(value) || (0x1F493...0x1F49F).contains(value)
            || [0x1F937, 0x1F9D0, 0x263A, 0x2639, 0x2764, 0x2665, 0x1F389, 0x1F38A, 0x1F525, 0x1F4AF, 0x1F4AA].contains(value)
    }

    /// What goes with an emoji picture: skin tones, joiners, variation selectors, flag letters.
    var isEmojiPart: Bool {
        isPictograph || properties.isEmojiModifier || value == 0x200D || (0xFE00...0xFE0F).contains(value)
            || (0x1F1E6...0x1F1FF).contains(value)
    }

    var isPunctuationMark: Bool {
        if value < 0x80 { return !isLetter && !isDigit && !isSpace && value > 0x20 && value != 0x7F }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

extension String {
    /// A string from a run of scalars.
    init(scalars: some Sequence<Unicode.Scalar>) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(view)
    }
}
