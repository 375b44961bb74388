/// Numbered references to sources after a word ("trials [6]", "a review [23, 24], it",
/// "works.[12]", "[1], [2]", "[17][18]"), which a narrator does not read (eSpeak read "six",
/// "twenty-three"), left out in every language before any language reads the numbers in them
/// ("[3–5]" is no span of numbers). A list's number opening a line ("[1] Smith"), an index stuck
/// to a name ("arr[0]") and a list of numbers in code ("[1,0,1]") are read.
enum UnreadReferences {
    /// The text without its numbered references; the space before one goes when a mark follows
    /// it ("a meta-analysis [23], it").
    static func removed(from text: String) -> String {
        guard text.utf8.contains(0x5B) else { return text }
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var found = false
        var index = 0
        while index < chars.count {
            if chars[index] == "[", let end = citationEnd(chars, from: index, after: out.last) {
                if out.last == " ", end < chars.count, chars[end] != " " { out.removeLast() }
                index = end
                found = true
                continue
            }
            out.append(chars[index])
            index += 1
        }
        guard found else { return text }
        return UnreadMarks.withSingleSpaces(String(out))
    }

    /// Where a numbered reference starting at `index` ends ("[6]", "[23, 24]", "[3–5]", and the
    /// references after it: "[1], [2]", "[17][18]"), when it stands after a word and a space or
    /// right after a mark that ends one ("trials [6]", "works.[12]"), and before a space, a mark
    /// or the end; nil for anything else (a list's "[1]" opening a line, an index stuck to a
    /// name: "arr[0]", a list of numbers: "[1,0,1]", "[4,6,3,8]").
    private static func citationEnd(_ chars: [Unicode.Scalar], from index: Int, after previous: Unicode.Scalar?) -> Int? {
        guard let previous else { return nil }
        if previous == " " {
            guard index >= 2, chars[index - 2].isLetter || chars[index - 2].isDigit || ")%\"”’".unicodeScalars.contains(chars[index - 2])
            else { return nil }
        } else if !".,;:)\"”’".unicodeScalars.contains(previous) {
            return nil
        }
        guard var end = referenceEnd(chars, from: index) else { return nil }
        // More references after it, set apart by commas or none: "[1], [2], [3]", "[17][18]".
        while end < chars.count, chars[end] == "," || chars[end] == "[" {
            var next = chars[end] == "[" ? end : end + 1
            while next < chars.count, chars[next] == " " { next += 1 }
            guard next < chars.count, chars[next] == "[", let further = referenceEnd(chars, from: next) else { break }
            end = further
        }
        guard end == chars.count || chars[end] == " " || ".,;:!?)\"”’".unicodeScalars.contains(chars[end]) else { return nil }
        return end
    }

    /// The end of "[n]", "[n, m]", "[n–m]" at `index`: up to three numbers from 1 to 999, rising.
    private static func referenceEnd(_ chars: [Unicode.Scalar], from index: Int) -> Int? {
        var cursor = index + 1
        var numbers: [Int] = []
        var current: Int?
        while cursor < chars.count, chars[cursor] != "]" {
            let char = chars[cursor]
            if char.isDigit, let digit = Int(String(char)) {
                current = (current ?? 0) * 10 + digit
                guard current! < 1000 else { return nil }
            } else if char == "," || char == "–" || char == "-" {
                guard let number = current else { return nil }
                numbers.append(number)
                current = nil
            } else if char != " " {
                return nil
            }
            cursor += 1
        }
        guard cursor < chars.count, let last = current else { return nil }
        numbers.append(last)
        guard numbers.count <= 3, numbers.first! >= 1, zip(numbers, numbers.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        return cursor + 1
    }
}
