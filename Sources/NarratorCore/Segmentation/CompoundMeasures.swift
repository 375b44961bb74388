/// A measure told in two units, the larger first: "6 min. 20 sec.", "2 hr. 15 min.", "8 lb. 3
/// oz.", "5 ft. 10 in.". The first unit's period abbreviates and the measure goes on to its
/// second amount; before a number that no smaller unit follows ("waited 10 min. 20 people
/// left") it may end a sentence. Read by the segmenter and by the normaliser's sentence ends.
enum CompoundMeasures {
    /// Units written short, in lower case, and the smaller units that may follow them.
    static let smallerUnits: [String: Set<String>] = [
        "hr": minutes, "hrs": minutes, "h": minutes, "min": seconds, "mins": seconds,
        "lb": ["oz"], "lbs": ["oz"], "st": ["lb", "lbs"], "ft": ["in"], "yd": ["ft"], "yds": ["ft"],
    ]
    private static let minutes: Set<String> = ["min", "mins", "m"]
    private static let seconds: Set<String> = ["sec", "secs", "s"]

    /// Whether the period at `period` closes a unit after a number ("6 min.", "6min.") and a
    /// number in a smaller unit follows ("20 sec", "20sec.", "3 oz").
    static func continues(_ chars: [Unicode.Scalar], period: Int) -> Bool {
        // Asked at every period before a figure: most close no unit of two letters or three.
        guard period >= 2, period + 2 < chars.count, chars[period + 1] == " ", isLowerASCII(chars[period - 1]) else { return false }
        var start = period
        while start > 0, isLowerASCII(chars[start - 1]) { start -= 1 }
        guard start < period, period - start <= 3,
              let smaller = smallerUnits[String(String.UnicodeScalarView(chars[start..<period]))] else { return false }
        var before = start - 1
        if before >= 0, chars[before] == " " { before -= 1 }
        guard before >= 0, isDigit(chars[before]) else { return false }
        var cursor = period + 1
        guard cursor < chars.count, chars[cursor] == " " else { return false }
        while cursor < chars.count, chars[cursor] == " " { cursor += 1 }
        let digits = cursor
        while cursor < chars.count, isDigit(chars[cursor]) || chars[cursor] == "." && cursor > digits {
            cursor += 1
        }
        guard cursor > digits, cursor - digits <= 6 else { return false }
        if cursor < chars.count, chars[cursor] == " " { cursor += 1 }
        let unitStart = cursor
        while cursor < chars.count, isLowerASCII(chars[cursor]) { cursor += 1 }
        guard cursor > unitStart, cursor == chars.count || !chars[cursor].properties.isAlphabetic else { return false }
        return smaller.contains(String(String.UnicodeScalarView(chars[unitStart..<cursor])))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    private static func isLowerASCII(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x61 && scalar.value <= 0x7A
    }
}
