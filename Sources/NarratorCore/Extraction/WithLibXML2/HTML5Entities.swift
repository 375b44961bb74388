/// Named character references HTML5 added that libxml2 2.9's HTML parser does not know.
///
/// libxml2 2.9 knows HTML 4's 253 names. A page written for HTML5 uses others ("Oh&mldr; and",
/// "Compose&colon; Build"), which libxml2 hands on as text, so a listener would hear "and m l d
/// r". libxml2 reports such a reference as three texts in a row: "&", the name alone, and the
/// text after it, which starts with the ";" (a name it knows arrives as its character, and
/// "&amp;mldr;" arrives as "&" and then "mldr; ..." together). Only that shape is read here, so
/// text that spells a reference out ("write &amp;colon;") stays as written.
///
/// The names are those of punctuation and typography (which text uses), not all 2,231: a name
/// not listed stays as written.
struct HTML5Entities {
    static let characters: [String: String] = [
        "colon": ":", "comma": ",", "period": ".", "excl": "!", "quest": "?", "semi": ";",
        "lpar": "(", "rpar": ")", "lsqb": "[", "rsqb": "]", "lbrack": "[", "rbrack": "]",
        "lcub": "{", "rcub": "}", "lbrace": "{", "rbrace": "}", "num": "#", "dollar": "$",
        "percnt": "%", "ast": "*", "midast": "*", "plus": "+", "equals": "=", "sol": "/",
        "bsol": "\\", "commat": "@", "lowbar": "_", "UnderBar": "_", "verbar": "|", "vert": "|",
        "VerticalLine": "|", "grave": "`", "Hat": "^", "apos": "'", "QUOT": "\"", "AMP": "&",
        "LT": "<", "GT": ">", "COPY": "©", "REG": "®", "TRADE": "™", "NewLine": "\n", "Tab": "\t",
        "mldr": "…", "dash": "‐", "hyphen": "‐", "horbar": "―", "lsquor": "‚", "rsquor": "’",
        "ldquor": "„", "rdquor": "”", "centerdot": "·", "half": "½", "NonBreakingSpace": "\u{A0}",
        "ZeroWidthSpace": "\u{200B}", "NoBreak": "\u{2060}", "check": "✓", "cross": "✗",
        "starf": "★", "star": "☆", "phone": "☎", "bullet": "•",
    ]

    /// What has been held back: an "&", or an "&" and a name, waiting for the next text.
    private var held: [UInt8] = []
    private var heldName = false

    /// Passes a text libxml2 reported on to `emit`, holding back a lone "&" and a name after it
    /// until the next text says whether they were a reference.
    mutating func text(_ text: UnsafeRawBufferPointer, emit: (UnsafeRawBufferPointer) -> Void) {
        if !held.isEmpty {
            if !heldName, Self.isName(text) {
                held.append(contentsOf: text)
                heldName = true
                return
            }
            if heldName, text.first == 0x3B,  // ";"
               let character = Self.characters[String(decoding: held.dropFirst(), as: UTF8.self)] {
                held = []
                heldName = false
                var decoded = character
                decoded.withUTF8 { emit(UnsafeRawBufferPointer($0)) }
                let rest = UnsafeRawBufferPointer(rebasing: text.dropFirst())
                if !rest.isEmpty { self.text(rest, emit: emit) }
                return
            }
            flush(emit: emit)
        }
        if text.count == 1, text.first == 0x26 {  // "&" alone
            held = [0x26]
            return
        }
        emit(text)
    }

    /// Passes on what is held back (before an element starts or ends, and at the end).
    mutating func flush(emit: (UnsafeRawBufferPointer) -> Void) {
        guard !held.isEmpty else { return }
        held.withUnsafeBytes { emit($0) }
        held = []
        heldName = false
    }

    /// A name as libxml2 reads one: ASCII letters and digits, not too long to be one.
    private static func isName(_ text: UnsafeRawBufferPointer) -> Bool {
        (1...32).contains(text.count) && text.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
    }
}
