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
